package org.grassroots.rural.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What a village needs help with (and what an enterprise can help with). */
public enum NeedType implements Labelled {
    INDUSTRY("产业", "Industry"), SALES("销售", "Sales"), LABOUR("就业", "Jobs"), TECHNOLOGY("技术", "Technology"),
    FUNDS("资金", "Funds"), INFRASTRUCTURE("基础设施", "Infrastructure");

    private final LocalizedText labels;

    NeedType(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** The label users see and may type in spreadsheets. */
    public String zhCN() {
        return labels.zhCN();
    }

    /** By name or Chinese label; null when neither matches. */
    public static NeedType parse(String text) {
        String t = text == null ? "" : text.trim();
        for (NeedType type : values()) {
            if (type.name().equalsIgnoreCase(t) || type.zhCN().equals(t)) {
                return type;
            }
        }
        return null;
    }
}
