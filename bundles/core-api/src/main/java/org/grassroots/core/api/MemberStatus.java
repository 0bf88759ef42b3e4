package org.grassroots.core.api;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** 正常, 失联 (lost contact) or 流动 (floating; the member record then names a destination). */
public enum MemberStatus implements Labelled {
    NORMAL("正常", "Normal"), LOST_CONTACT("失联", "Lost contact"), FLOATING("流动", "Floating");

    private final LocalizedText labels;

    MemberStatus(String zhCN, String en) { this.labels = LocalizedText.of(zhCN, en); }

    @Override
    public LocalizedText labels() { return labels; }

    /** The Chinese label (spreadsheets and the shell show it; kept on the enum for binary compatibility). */
    @Override
    public String label() { return labels.zhCN(); }

    public static MemberStatus parse(String text) { return Labels.parse(MemberStatus.class, text, MemberStatus::label); }
}
