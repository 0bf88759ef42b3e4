package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small input helpers shared by the module's services. */
final class Support {
    private Support() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    static boolean tooLong(String s, int max) {
        return s != null && s.length() > max;
    }

    /** Hours are kept to one decimal (half hours, 1.5 h). */
    static BigDecimal hours(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(1) : value.setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(1);
    }
}
