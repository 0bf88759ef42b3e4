package org.grassroots.core.api.module;

/** A label in Chinese (shown first) and English. */
public record LocalizedText(String zhCN, String en) {
    public static LocalizedText of(String zhCN, String en) {
        return new LocalizedText(zhCN, en);
    }
}
