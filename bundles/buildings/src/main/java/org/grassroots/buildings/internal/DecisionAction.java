package org.grassroots.buildings.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A step of a decision's follow-up. */
public enum DecisionAction implements Labelled {
    START("开始推进", "Start"), COMPLETE("办结", "Complete");

    private final LocalizedText labels;

    DecisionAction(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
