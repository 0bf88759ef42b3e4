package org.grassroots.membership.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Where a transfer goes: within the platform, out of it, or into it. */
public enum TransferKind implements Labelled {
    WITHIN("平台内转接", "Within the platform"),
    OUT("转出（外省或其他系统）", "Out of the platform"),
    IN("转入（外省或其他系统）", "Into the platform");

    private final LocalizedText labels;

    TransferKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
