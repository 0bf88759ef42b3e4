package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A decision in the recommendation: submitted by the model's unit, approved or returned by a level. */
public enum Decision implements Labelled {
    SUBMIT("推荐", "Recommend"),
    APPROVE("同意", "Approve"),
    RETURN("退回", "Return");

    private final LocalizedText labels;

    Decision(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
