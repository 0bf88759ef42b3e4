package org.grassroots.buildings.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What a business district holds: a joint meeting of its member units (联席会议) or a joint activity (联建活动). */
public enum ActivityKind implements Labelled {
    JOINT_MEETING("联席会议", "Joint meeting"), JOINT_ACTIVITY("联建活动", "Joint activity");

    private final LocalizedText labels;

    ActivityKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
