package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.util.List;

/** A published campaign's new submission window and, when given, its whole new list of quotas (absent: unchanged). */
public record CampaignChange(LocalDate opensOn, LocalDate closesOn, List<QuotaDraft> quotas) {
}
