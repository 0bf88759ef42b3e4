package org.grassroots.buildings.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The criteria a demonstration building (示范楼宇) is designated on. */
public enum Criterion implements Labelled {
    FULL_COVERAGE("党的组织和工作全覆盖", "Party organization and work cover every enterprise"), COMMITTEE("楼委会规范运行", "Building committee in regular operation"), POSITION("楼宇党群服务阵地", "Party-mass service position in the building"), ACTIVITIES("常态化开展活动", "Regular activities"), SERVICE("服务企业和职工", "Services for enterprises and employees");

    private final LocalizedText labels;

    Criterion(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
