package org.grassroots.position.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** An upgrade project: planned, in progress, completed, accepted by the level above. */
public enum UpgradeStatus implements Labelled {
    PLANNED("已立项", "Planned"),
    IN_PROGRESS("实施中", "In progress"),
    COMPLETED("已完工", "Completed"),
    ACCEPTED("已验收", "Accepted");

    private final LocalizedText labels;

    UpgradeStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
