package org.grassroots.rolemodel.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An award campaign as the API shows it: its categories, quotas (with the places used) and whether its window is open today. */
public record AwardCampaign(long id, String name, AwardKind kind, int year, long organizationId, String organizationName, String issuer,
                            Tier level, List<AwardCategory> categories, LocalDate opensOn, LocalDate closesOn, boolean open,
                            List<Quota> quotas, Instant createdAt, String createdBy, long version) {
}
