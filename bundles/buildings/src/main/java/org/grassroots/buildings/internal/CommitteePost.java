package org.grassroots.buildings.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A post on a building committee. */
public enum CommitteePost implements Labelled {
    DIRECTOR("主任", "Director"), DEPUTY_DIRECTOR("副主任", "Deputy director"), MEMBER("委员", "Member");

    private final LocalizedText labels;

    CommitteePost(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
