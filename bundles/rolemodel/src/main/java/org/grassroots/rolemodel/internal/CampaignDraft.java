package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.util.List;

/** A new award campaign: organized by a unit of the caller's scope, its categories, submission window and quotas. */
public record CampaignDraft(String name, AwardKind kind, Integer year, Long organizationId, String issuer, List<AwardCategory> categories,
                            LocalDate opensOn, LocalDate closesOn, List<QuotaDraft> quotas) {
}
