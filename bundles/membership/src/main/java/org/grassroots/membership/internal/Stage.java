package org.grassroots.membership.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Where a development file stands: the five stages of the pipeline, or cancelled. */
public enum Stage implements Labelled {
    APPLICANT("入党申请人", "Applicant"),
    ACTIVIST("入党积极分子", "Activist"),
    CANDIDATE("发展对象", "Candidate"),
    PROBATIONARY("预备党员", "Probationary member"),
    FULL("正式党员", "Full member"),
    CANCELLED("取消预备党员资格", "Probation cancelled");

    private final LocalizedText labels;

    Stage(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** Whether the file is closed (nothing more can be recorded). */
    public boolean closed() {
        return this == FULL || this == CANCELLED;
    }
}
