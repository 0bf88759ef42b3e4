package org.grassroots.dues.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A kept row of an imported payment file: waiting to be matched by hand, matched to a due, or dismissed. */
public enum UnmatchedStatus implements Labelled {
    OPEN("待匹配", "To be matched"),
    MATCHED("已匹配", "Matched"),
    DISMISSED("已忽略", "Dismissed");

    private final LocalizedText labels;

    UnmatchedStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
