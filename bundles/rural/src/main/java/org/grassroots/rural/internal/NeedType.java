package org.grassroots.rural.internal;

/** What a village needs help with (and what an enterprise can help with). */
public enum NeedType {
    INDUSTRY("产业"), SALES("销售"), LABOUR("就业"), TECHNOLOGY("技术"), FUNDS("资金"), INFRASTRUCTURE("基础设施");

    private final String zhCN;

    NeedType(String zhCN) {
        this.zhCN = zhCN;
    }

    /** The label users see and may type in spreadsheets. */
    public String zhCN() {
        return zhCN;
    }

    /** By name or Chinese label; null when neither matches. */
    public static NeedType parse(String text) {
        String t = text == null ? "" : text.trim();
        for (NeedType type : values()) {
            if (type.name().equalsIgnoreCase(t) || type.zhCN.equals(t)) {
                return type;
            }
        }
        return null;
    }
}
