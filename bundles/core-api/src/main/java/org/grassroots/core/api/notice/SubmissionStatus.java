package org.grassroots.core.api.notice;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Where an addressed unit stands with a collection task. */
public enum SubmissionStatus implements Labelled {
    /** Nothing handed in yet. */
    PENDING("未报送", "Pending"),
    /** Handed in by the deadline. */
    SUBMITTED("已报送", "Submitted"),
    /** Handed in after the deadline. */
    LATE("逾期报送", "Submitted late");

    private final LocalizedText labels;

    SubmissionStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
