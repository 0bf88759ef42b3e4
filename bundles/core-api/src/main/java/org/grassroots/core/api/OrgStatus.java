package org.grassroots.core.api;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

public enum OrgStatus implements Labelled {
    ACTIVE("正常", "Active"), DISSOLVED("撤销", "Dissolved");

    private final LocalizedText labels;

    OrgStatus(String zhCN, String en) { this.labels = LocalizedText.of(zhCN, en); }

    @Override
    public LocalizedText labels() { return labels; }

    /** The Chinese label (spreadsheets and the shell show it; kept on the enum for binary compatibility). */
    @Override
    public String label() { return labels.zhCN(); }

    public static OrgStatus parse(String text) { return Labels.parse(OrgStatus.class, text, OrgStatus::label); }
}
