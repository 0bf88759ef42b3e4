package org.grassroots.core.api.activity;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What members did that another module may credit (e.g. study points for volunteer service). */
public enum ActivityKind implements Labelled {
    VOLUNTEER_SERVICE("志愿服务", "Volunteer service");

    private final LocalizedText labels;

    ActivityKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
