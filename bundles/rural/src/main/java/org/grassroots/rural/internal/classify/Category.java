package org.grassroots.rural.internal.classify;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The three yearly categories of village Party organizations. */
public enum Category implements Labelled {
    /** 示范村 */
    DEMONSTRATION("示范村", "Demonstration village"),
    /** 创优村 */
    EXCELLENCE("创优村", "Excellence village"),
    /** 强基村 */
    FOUNDATION("强基村", "Foundation village");

    private final LocalizedText labels;

    Category(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    public String zhCN() {
        return labels.zhCN();
    }
}
