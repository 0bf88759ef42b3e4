package org.grassroots.rural.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A follow-up task of a 村村到 visit. */
public enum TaskStatus implements Labelled {
    OPEN("待办", "Open"), IN_PROGRESS("办理中", "In progress"), DONE("已完成", "Done");

    private final LocalizedText labels;

    TaskStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
