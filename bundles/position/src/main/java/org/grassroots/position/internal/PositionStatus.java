package org.grassroots.position.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A position's state: planned, in use, closed for renovation, closed. */
public enum PositionStatus implements Labelled {
    PLANNED("规划建设", "Planned"),
    IN_USE("投入使用", "In use"),
    UNDER_RENOVATION("改造提升中", "Under renovation"),
    CLOSED("已关闭", "Closed");

    private final LocalizedText labels;

    PositionStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
