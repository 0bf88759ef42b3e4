package org.grassroots.affairs.internal.terms;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The steps of the level above on a request for an early or delayed election. */
public enum RequestAction implements Labelled {
    APPROVE("批准", "Approve"), REFUSE("不批准", "Refuse");

    private final LocalizedText labels;

    RequestAction(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
