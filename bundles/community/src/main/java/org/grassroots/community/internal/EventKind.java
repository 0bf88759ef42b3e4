package org.grassroots.community.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What a community event is: volunteer service (its sign-ins earn service hours), training, or a 先锋论坛 forum. */
public enum EventKind implements Labelled {
    VOLUNTEER("志愿服务活动", "Volunteer event"),
    TRAINING("培训", "Training"),
    FORUM("先锋论坛", "Pioneer forum");

    private final LocalizedText labels;

    EventKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
