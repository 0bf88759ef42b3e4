package org.grassroots.buildings.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The grade of a demonstration building's yearly assessment (from its score). */
public enum Grade implements Labelled {
    EXCELLENT("优秀", "Excellent"), GOOD("良好", "Good"), PASS("合格", "Pass"), FAIL("不合格", "Fail");

    private final LocalizedText labels;

    Grade(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** 90 and above excellent, 80 good, 60 pass, below 60 fail (scores 0–100). */
    static Grade of(int score) {
        return score >= 90 ? EXCELLENT : score >= 80 ? GOOD : score >= 60 ? PASS : FAIL;
    }
}
