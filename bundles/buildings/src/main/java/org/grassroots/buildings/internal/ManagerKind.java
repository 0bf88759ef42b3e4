package org.grassroots.buildings.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The committee that manages a 两新 organization: a park's 直属党委 (upgraded from the park committee) or a street's 综合党委. */
public enum ManagerKind implements Labelled {
    DIRECT("直属党委", "Directly affiliated committee"), COMPREHENSIVE("综合党委", "Comprehensive committee");

    private final LocalizedText labels;

    ManagerKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
