package org.grassroots.core.api;

import java.time.LocalDate;

/**
 * Take a member off the roll: why, on which day (the decision's date, or the day of death), a note (the decision,
 * where the member went); {@code version} is the member's version for an optimistic check, or null (leaving
 * overwrites no field, so a module acting on a decision about the person need not hold the record's version).
 *
 * @since 1.4
 */
public record LeaveRequest(LeaveReason reason, LocalDate leftOn, String note, Long version) {
}
