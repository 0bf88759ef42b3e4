package org.grassroots.community.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The new employment groups the stations serve, each the core member tag people are given (骑手, 快递员, 网约车司机). */
public enum NewEmploymentGroup implements Labelled {
    RIDER("骑手", "Riders"),
    COURIER("快递员", "Couriers"),
    DRIVER("网约车司机", "Ride-hailing drivers");

    private final LocalizedText labels;

    NewEmploymentGroup(String tag, String en) {
        this.labels = LocalizedText.of(tag, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** Core's member tag of the group (its Chinese name). */
    public String tag() {
        return labels.zhCN();
    }
}
