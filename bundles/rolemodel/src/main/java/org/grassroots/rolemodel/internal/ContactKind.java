package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What a contact record of a contact point records. */
public enum ContactKind implements Labelled {
    VISIT("走访调研", "Visit"),
    ISSUE("反映问题", "Issue raised"),
    FOLLOW_UP("跟踪落实", "Follow-up");

    private final LocalizedText labels;

    ContactKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
