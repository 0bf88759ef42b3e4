package org.grassroots.affairs.internal.terms;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A request for an early or delayed election: requested → approved or refused by the level above. */
public enum RequestStatus implements Labelled {
    REQUESTED("待审批", "Awaiting decision"), APPROVED("已批准", "Approved"), REFUSED("未批准", "Refused");

    private final LocalizedText labels;

    RequestStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
