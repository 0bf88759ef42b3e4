package org.grassroots.industrial.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

public enum WorkerRole implements Labelled {
    LEADER("网格长", "Grid leader"),
    WORKER("网格员", "Grid worker");

    private final LocalizedText labels;

    WorkerRole(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
