package org.grassroots.dues.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The steps of a dues month: open (dues computed), settle (locked); a settled month may be reopened with a reason. */
public enum MonthAction implements Labelled {
    OPEN("开启", "Open"),
    SETTLE("结算", "Settle"),
    REOPEN("重新开启", "Reopen");

    private final LocalizedText labels;

    MonthAction(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
