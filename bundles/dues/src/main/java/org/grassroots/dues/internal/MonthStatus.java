package org.grassroots.dues.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** An organization's dues month: open while payments are recorded, settled (locked) once reported. */
public enum MonthStatus implements Labelled {
    OPEN("收缴中", "Open"),
    SETTLED("已结算", "Settled");

    private final LocalizedText labels;

    MonthStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
