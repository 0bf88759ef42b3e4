package org.grassroots.industrial.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

public enum ActivityKind implements Labelled {
    /** Events such as policy briefings, matchmaking fairs, volunteer days. */
    EVENT("活动", "Event"),
    TRAINING("培训", "Training");

    private final LocalizedText labels;

    ActivityKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
