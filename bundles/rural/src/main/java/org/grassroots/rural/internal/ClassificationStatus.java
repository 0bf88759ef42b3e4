package org.grassroots.rural.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** COMPUTED by a run, PROPOSED by the street, CONFIRMED by the district. */
public enum ClassificationStatus implements Labelled {
    COMPUTED("已测算", "Computed"), PROPOSED("街道已提名", "Proposed by the street"),
    CONFIRMED("区已确认", "Confirmed by the district");

    private final LocalizedText labels;

    ClassificationStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
