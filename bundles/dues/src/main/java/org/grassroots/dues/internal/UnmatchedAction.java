package org.grassroots.dues.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What a secretary does with a kept import row. */
public enum UnmatchedAction implements Labelled {
    MATCH("手工匹配", "Match"),
    DISMISS("忽略", "Dismiss");

    private final LocalizedText labels;

    UnmatchedAction(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
