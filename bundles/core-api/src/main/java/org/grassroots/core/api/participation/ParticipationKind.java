package org.grassroots.core.api.participation;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The three duties of the six-month rule: organizational life, dues, the work the Party organization assigns. */
public enum ParticipationKind implements Labelled {
    ORGANIZATIONAL_LIFE("参加组织生活", "Organizational life"),
    DUES("交纳党费", "Dues"),
    ASSIGNED_WORK("做党组织分配的工作", "Assigned work");

    private final LocalizedText labels;

    ParticipationKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
