package org.grassroots.membership.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A mobile member flows out of the platform (away from home) or into it (managed here). */
public enum MobileDirection implements Labelled {
    OUTFLOW("流出", "Outflow"),
    INFLOW("流入", "Inflow");

    private final LocalizedText labels;

    MobileDirection(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
