package org.grassroots.education.internal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the scheduled reminders of members behind the requirement are due: once in each month of the last quarter
 * (October, November, December), from the month's first day; the period is the month ({@code 2024-10}).
 */
final class ReminderCalendar {
    static final int FIRST_MONTH = 10;

    private ReminderCalendar() {
    }

    /** The period a run on {@code today} belongs to, or empty before the last quarter. */
    static Optional<String> period(LocalDate today) {
        return today.getMonthValue() < FIRST_MONTH ? Optional.empty()
                : Optional.of(String.format("%d-%02d", today.getYear(), today.getMonthValue()));
    }
}
