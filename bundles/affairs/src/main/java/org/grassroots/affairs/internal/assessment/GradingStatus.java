package org.grassroots.affairs.internal.assessment;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** An organization's yearly grading: self-assessed by the organization, decided by the level above. */
public enum GradingStatus implements Labelled {
    PENDING("待自评", "Awaiting self-assessment"), SELF_ASSESSED("已自评待定等", "Self-assessed"), RETURNED("已退回", "Returned"), DECIDED("已定等", "Decided");

    private final LocalizedText labels;

    GradingStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
