package org.grassroots.membership.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What became of a 入党志愿书 number: taken by a development file, or voided (作废). */
public enum FormNumberStatus implements Labelled {
    USED("已使用", "Used"),
    VOID("已作废", "Void");

    private final LocalizedText labels;

    FormNumberStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
