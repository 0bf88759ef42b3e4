package org.grassroots.rural.internal.classify;

/** The three yearly categories of village Party organizations. */
public enum Category {
    /** 示范村 */
    DEMONSTRATION("示范村"),
    /** 创优村 */
    EXCELLENCE("创优村"),
    /** 强基村 */
    FOUNDATION("强基村");

    private final String zhCN;

    Category(String zhCN) {
        this.zhCN = zhCN;
    }

    public String zhCN() {
        return zhCN;
    }
}
