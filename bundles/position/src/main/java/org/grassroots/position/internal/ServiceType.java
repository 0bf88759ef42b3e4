package org.grassroots.position.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The kinds of service a position delivers, as its monthly use is counted (and as spreadsheets name them). */
public enum ServiceType implements Labelled {
    CONVENIENCE("便民办事", "Convenience services"),
    CONSULTATION("政策咨询", "Policy consultation"),
    PARTY_ACTIVITY("党员活动", "Party activities"),
    TRAINING("教育培训", "Education and training"),
    VOLUNTEER("志愿服务", "Volunteer service"),
    CULTURE("文体活动", "Culture and sports"),
    OTHER("其他服务", "Other services");

    private final LocalizedText labels;

    ServiceType(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    /** By its code or its Chinese label (spreadsheets), or null. */
    public static ServiceType parse(String text) {
        for (ServiceType t : values()) {
            if (t.name().equalsIgnoreCase(text.trim()) || t.labels.zhCN().equals(text.trim())) {
                return t;
            }
        }
        return null;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
