package org.grassroots.position.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A rectification item: open until done (overdue once its deadline passed while open). */
public enum RectificationStatus implements Labelled {
    OPEN("整改中", "Open"),
    DONE("已整改", "Done");

    private final LocalizedText labels;

    RectificationStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
