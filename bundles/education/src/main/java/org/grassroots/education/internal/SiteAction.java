package org.grassroots.education.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A step of a site's review. */
public enum SiteAction implements Labelled {
    PROPOSE("申报", "Propose"), APPROVE("审核通过", "Approve"), REJECT("退回", "Reject"),
    RESUBMIT("重新申报", "Resubmit"), RETIRE("撤销", "Retire");

    private final LocalizedText labels;

    SiteAction(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
