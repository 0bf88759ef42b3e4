package org.grassroots.membership.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Where a transfer stands: requested, letter issued, completed (received, receipt back), cancelled. */
public enum TransferStatus implements Labelled {
    REQUESTED("已申请", "Requested"),
    ISSUED("已开具介绍信", "Letter issued"),
    COMPLETED("已完成（回执已返回）", "Completed (receipt returned)"),
    CANCELLED("已撤销", "Cancelled");

    private final LocalizedText labels;

    TransferStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
