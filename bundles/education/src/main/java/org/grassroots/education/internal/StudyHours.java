package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Study hours are kept to one decimal (half hours: 1.5 h). */
final class StudyHours {
    private StudyHours() {
    }

    static BigDecimal of(BigDecimal value) {
        return value == null ? zero() : value.setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(1);
    }
}
