package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The grade of an assessment from its share of the standard's points: 90 % 优秀, 75 % 良好, 60 % 合格, below 不合格. */
public enum Grade implements Labelled {
    EXCELLENT("优秀", "Excellent", 90),
    GOOD("良好", "Good", 75),
    PASS("合格", "Pass", 60),
    FAIL("不合格", "Fail", 0);

    private final LocalizedText labels;
    private final int minPercent;

    Grade(String zhCN, String en, int minPercent) {
        this.labels = LocalizedText.of(zhCN, en);
        this.minPercent = minPercent;
    }

    /** The grade of {@code total} points out of {@code max} (max > 0). */
    public static Grade of(BigDecimal total, BigDecimal max) {
        BigDecimal percent = total.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
        for (Grade g : values()) {
            if (percent.compareTo(BigDecimal.valueOf(g.minPercent)) >= 0) {
                return g;
            }
        }
        return FAIL;
    }

    public int minPercent() {
        return minPercent;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
