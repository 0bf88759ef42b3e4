package org.grassroots.affairs.internal.assessment;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A round: open while its reports or gradings are worked on, closed when every one is decided. */
public enum RoundStatus implements Labelled {
    OPEN("进行中", "Open"), CLOSED("已结束", "Closed");

    private final LocalizedText labels;

    RoundStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
