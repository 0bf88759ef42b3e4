package org.grassroots.core.api;

/** 正式党员 (full) or 预备党员 (probationary). */
public enum MemberCategory {
    FULL("正式党员"), PROBATIONARY("预备党员");

    private final String label;

    MemberCategory(String label) { this.label = label; }

    public String label() { return label; }

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
