package org.grassroots.dues.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Where one member's dues of one month stand: unpaid, paid, or exempt (免交). */
public enum DueStatus implements Labelled {
    UNPAID("未交", "Unpaid"),
    PAID("已交", "Paid"),
    EXEMPT("免交", "Exempt");

    private final LocalizedText labels;

    DueStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
