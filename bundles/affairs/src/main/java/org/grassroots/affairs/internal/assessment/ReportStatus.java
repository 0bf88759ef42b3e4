package org.grassroots.affairs.internal.assessment;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A secretary's annual report: written, submitted, rated by the evaluators, decided by the level above. */
public enum ReportStatus implements Labelled {
    DRAFT("待述职", "To be written"), SUBMITTED("已述职待评定", "Submitted"), RETURNED("已退回", "Returned"), DECIDED("已评定", "Decided");

    private final LocalizedText labels;

    ReportStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
