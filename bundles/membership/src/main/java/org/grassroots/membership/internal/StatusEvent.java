package org.grassroots.membership.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A membership status event. */
public record StatusEvent(long id, long memberId, String memberName, long organizationId, String organizationName,
                          StatusKind kind, LocalDate decidedOn, String decision, Instant recordedAt, String recordedBy) {
}
