package org.grassroots.core.api.activity;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * What members did that another module may credit (e.g. study points for volunteer service). A reader maps the kinds it
 * knows and skips the others: kinds are added in minor versions.
 */
public enum ActivityKind implements Labelled {
    VOLUNTEER_SERVICE("志愿服务", "Volunteer service"),
    /** Events at a Party-and-people service position (党群服务阵地) a member signed in to. */
    POSITION_EVENT("阵地活动", "Events at service positions");

    private final LocalizedText labels;

    ActivityKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
