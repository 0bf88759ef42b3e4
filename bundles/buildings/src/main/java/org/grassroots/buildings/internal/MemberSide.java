package org.grassroots.buildings.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Whom a member of a building committee (楼委会) speaks for. */
public enum MemberSide implements Labelled {
    ENTERPRISE("入驻企业", "Enterprise"), PARTY_ORGANIZATION("党组织", "Party organization"), PROPERTY_MANAGEMENT("物业管理", "Property management");

    private final LocalizedText labels;

    MemberSide(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
