package org.grassroots.position.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The functions a position offers (filter of the map and the registry). */
public enum PositionFunction implements Labelled {
    PARTY_ACTIVITIES("党员活动", "Party activities"),
    EDUCATION("教育培训", "Education and training"),
    CONVENIENCE("便民服务", "Convenience services"),
    CONSULTATION("议事协商", "Consultation"),
    VOLUNTEER("志愿服务", "Volunteer service"),
    CULTURE_SPORTS("文体活动", "Culture and sports"),
    ELDERLY_CHILDREN("一老一小", "Elderly and children"),
    NEW_EMPLOYMENT("新就业群体服务", "New employment groups"),
    ENTERPRISE_SERVICE("企业服务", "Enterprise services");

    private final LocalizedText labels;

    PositionFunction(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
