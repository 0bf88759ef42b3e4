package org.grassroots.membership.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A mobile member's registration; the contact is masked in lists. */
public record Mobile(long id, MobileDirection direction, Long memberId, String memberName, long organizationId,
                     String organizationName, String place, String reason, LocalDate since, String contact,
                     String managedBy, LocalDate returnedOn, Instant createdAt, String createdBy, long version) {
}
