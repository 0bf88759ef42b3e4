package org.grassroots.dues.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Months as the tables store them ({@code yyyymm} integers, so they sort and compare in SQL) and as the API shows them ({@code 2024-03}). */
public final class Periods {
    private Periods() {
    }

    public static int of(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth month(int period) {
        return YearMonth.of(period / 100, period % 100);
    }

    public static String text(int period) {
        return month(period).toString();
    }

    /** {@code 2024-03} → 202403; null when the text is not such a month between 2000 and 2100. */
    public static Integer parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(text.trim());
            return month.getYear() < 2000 || month.getYear() > 2100 ? null : of(month);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The period after {@code period}. */
    public static int next(int period) {
        return of(month(period).plusMonths(1));
    }

    /** Months from {@code from} to {@code to}, both counted (0 when to lies before from). */
    public static int length(int from, int to) {
        long months = month(from).until(month(to), java.time.temporal.ChronoUnit.MONTHS) + 1;
        return (int) Math.max(0, months);
    }
}
