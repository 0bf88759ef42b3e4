package org.grassroots.affairs.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The two full-time party-affairs teams: 党建指导员 (instructors) and 党建专员 (specialists). */
public enum WorkerRole implements Labelled {
    INSTRUCTOR("党建指导员", "Party-building instructor"), SPECIALIST("党建专员", "Party-building specialist");

    private final LocalizedText labels;

    WorkerRole(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
