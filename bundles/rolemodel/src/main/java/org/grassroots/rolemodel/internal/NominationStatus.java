package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Where a nomination stands: pending at a level, returned to the nominating unit, awarded, or withdrawn. */
public enum NominationStatus implements Labelled {
    PENDING("待审核", "Pending"),
    RETURNED("已退回", "Returned"),
    AWARDED("已表彰", "Awarded"),
    WITHDRAWN("已撤回", "Withdrawn");

    private final LocalizedText labels;

    NominationStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
