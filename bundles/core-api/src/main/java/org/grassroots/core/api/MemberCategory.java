package org.grassroots.core.api;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** 正式党员 (full) or 预备党员 (probationary). */
public enum MemberCategory implements Labelled {
    FULL("正式党员", "Full member"), PROBATIONARY("预备党员", "Probationary member");

    private final LocalizedText labels;

    MemberCategory(String zhCN, String en) { this.labels = LocalizedText.of(zhCN, en); }

    @Override
    public LocalizedText labels() { return labels; }

    /** The Chinese label (spreadsheets and the shell show it; kept on the enum for binary compatibility). */
    @Override
    public String label() { return labels.zhCN(); }

    public static MemberCategory parse(String text) {
        MemberCategory parsed = Labels.parse(MemberCategory.class, text, MemberCategory::label);
        if (parsed == null && text != null) {
            String t = text.trim();
            if (t.equals("正式")) return FULL;
            if (t.equals("预备")) return PROBATIONARY;
        }
        return parsed;
    }
}
