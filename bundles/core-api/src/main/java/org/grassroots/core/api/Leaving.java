package org.grassroots.core.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One time a member left the roll: why and when, the status they had before, who recorded it; and, for a
 * suspension that was lifted, the day they came back ({@code restoredOn}, null while still off the roll).
 *
 * @since 1.4
 */
public record Leaving(long id, long memberId, LeaveReason reason, LocalDate leftOn, String note,
                      MemberStatus statusBefore, LocalDate restoredOn, String recordedBy, Instant recordedAt) {
}
