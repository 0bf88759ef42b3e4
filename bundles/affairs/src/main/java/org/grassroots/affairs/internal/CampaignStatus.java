package org.grassroots.affairs.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A democratic evaluation campaign: opened → ratings entered → closed. */
public enum CampaignStatus implements Labelled {
    OPEN("评议中", "Open"), CLOSED("已结束", "Closed");

    private final LocalizedText labels;

    CampaignStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
