package org.grassroots.core.api;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

public enum OrgStatus implements Labelled {
    ACTIVE("正常", "Active"), DISSOLVED("撤销", "Dissolved");

    private final LocalizedText labels;

    OrgStatus(String zhCN, String en) { this.labels = LocalizedText.of(zhCN, en); }

    @Override
    public LocalizedText labels() { return labels; }

    public static OrgStatus parse(String text) { return Labels.parse(OrgStatus.class, text, OrgStatus::label); }
}
