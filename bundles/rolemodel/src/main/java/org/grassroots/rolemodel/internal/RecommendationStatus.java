package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Where a role model's level-by-level recommendation stands. */
public enum RecommendationStatus implements Labelled {
    NONE("未推荐", "Not recommended"),
    PENDING("待审核", "Pending"),
    APPROVED("已通过", "Approved"),
    RETURNED("已退回", "Returned");

    private final LocalizedText labels;

    RecommendationStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
