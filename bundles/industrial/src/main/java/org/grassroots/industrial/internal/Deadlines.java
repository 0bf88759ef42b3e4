package org.grassroots.industrial.internal;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

import org.grassroots.industrial.RequestStatus;

/**
 * Deadlines of requests: a category gives a number of working days (办结时限, Monday to Friday); the deadline is
 * fixed at submission, so changing a category's days later does not move the deadlines of requests already in.
 */
public final class Deadlines {
    private Deadlines() {
    }

    /** {@code workingDays} working days after {@code submittedAt}, same time of day; a weekend submission counts from Monday. */
    public static LocalDateTime dueAt(LocalDateTime submittedAt, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a deadline is at least one working day");
        }
        LocalDateTime due = submittedAt;
        int left = workingDays;
        while (left > 0) {
            due = due.plusDays(1);
            if (!weekend(due.getDayOfWeek())) {
                left--;
            }
        }
        return due;
    }

    /** Still open after its deadline. */
    public static boolean overdue(RequestStatus status, LocalDateTime dueAt, LocalDateTime now) {
        return status.open() && dueAt != null && now.isAfter(dueAt);
    }

    /** For a resolved request, whether it was resolved by the deadline; {@code null} while open. */
    public static Boolean onTime(RequestStatus status, LocalDateTime resolvedAt, LocalDateTime dueAt) {
        if (status.open() || resolvedAt == null || dueAt == null) {
            return null;
        }
        return !resolvedAt.isAfter(dueAt);
    }

    private static boolean weekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
