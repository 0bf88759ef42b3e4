package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

/** Periods of contact points: from a first day to a last day, {@code null} as the last day meaning open-ended. */
public final class Periods {
    private Periods() {
    }

    /** Whether two periods share at least one day. */
    public static boolean overlap(LocalDate startsA, LocalDate endsA, LocalDate startsB, LocalDate endsB) {
        return !startsA.isAfter(endsB == null ? LocalDate.MAX : endsB) && !startsB.isAfter(endsA == null ? LocalDate.MAX : endsA);
    }

    /** Whether the period is active at some day of the year. */
    public static boolean activeIn(LocalDate starts, LocalDate ends, int year) {
        return overlap(starts, ends, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The period as text: 2024-01-01 – 2024-12-31, or 2024-01-01 – (open-ended). */
    public static String text(LocalDate starts, LocalDate ends) {
        return starts + " – " + (ends == null ? "…" : ends.toString());
    }
}
