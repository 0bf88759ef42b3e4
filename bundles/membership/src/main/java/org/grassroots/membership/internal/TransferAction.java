package org.grassroots.membership.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What is done to a transfer (named in refusals). */
public enum TransferAction implements Labelled {
    ISSUE("开具介绍信", "issue the letter"),
    COMPLETE("办结", "be completed"),
    CANCEL("撤销", "be cancelled");

    private final LocalizedText labels;

    TransferAction(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
