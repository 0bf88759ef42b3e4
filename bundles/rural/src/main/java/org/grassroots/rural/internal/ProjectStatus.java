package org.grassroots.rural.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

public enum ProjectStatus implements Labelled {
    PLANNED("计划中", "Planned"), IN_PROGRESS("实施中", "In progress"), COMPLETED("已完成", "Completed"),
    SUSPENDED("已暂停", "Suspended");

    private final LocalizedText labels;

    ProjectStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
