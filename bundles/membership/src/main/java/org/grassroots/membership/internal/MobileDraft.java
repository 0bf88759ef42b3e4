package org.grassroots.membership.internal;

import java.time.LocalDate;

/** A registration: OUTFLOW names a member of the platform, INFLOW a name and the unit managing them here. */
public record MobileDraft(MobileDirection direction, Long memberId, String memberName, Long organizationId, String place,
                          String reason, LocalDate since, String contact, String managedBy) {
}
