package org.grassroots.education.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Self-study waits for the secretary's approval; session hours are approved when attendance is recorded. */
public enum CreditStatus implements Labelled {
    PENDING("待审核", "Pending"), APPROVED("已认定", "Approved"), REJECTED("未认定", "Rejected");

    private final LocalizedText labels;

    CreditStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
