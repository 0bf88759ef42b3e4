package org.grassroots.affairs.internal.assessment;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** 述职评议: the evaluators' ratings of a secretary's report and the level above's result. */
public enum ReportGrade implements Labelled {
    GOOD("好", "Good"), FAIRLY_GOOD("较好", "Fairly good"), AVERAGE("一般", "Average"), POOR("差", "Poor");

    private final LocalizedText labels;

    ReportGrade(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
