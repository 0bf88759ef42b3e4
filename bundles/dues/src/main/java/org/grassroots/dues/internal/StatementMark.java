package org.grassroots.dues.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** How a month's dues stand on a yearly statement: paid in time, paid back later (补缴), unpaid, exempt. */
public enum StatementMark implements Labelled {
    PAID("已交", "Paid"),
    BACK_PAID("补缴", "Paid late"),
    UNPAID("未交", "Unpaid"),
    EXEMPT("免交", "Exempt");

    private final LocalizedText labels;

    StatementMark(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    static StatementMark of(DueStatus status, boolean backPayment) {
        return switch (status) {
            case PAID -> backPayment ? BACK_PAID : PAID;
            case UNPAID -> UNPAID;
            case EXEMPT -> EXEMPT;
        };
    }
}
