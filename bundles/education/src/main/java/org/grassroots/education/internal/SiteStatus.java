package org.grassroots.education.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Review state of a practice teaching site: proposed → approved / rejected; approved → retired. */
public enum SiteStatus implements Labelled {
    PROPOSED("待审核", "Proposed"), APPROVED("已通过", "Approved"), REJECTED("未通过", "Rejected"),
    RETIRED("已撤销", "Retired");

    private final LocalizedText labels;

    SiteStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
