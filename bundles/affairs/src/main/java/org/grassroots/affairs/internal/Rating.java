package org.grassroots.affairs.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** 民主评议党员: the four ratings. */
public enum Rating implements Labelled {
    EXCELLENT("优秀", "Excellent"), QUALIFIED("合格", "Qualified"), BASICALLY_QUALIFIED("基本合格", "Basically qualified"),
    UNQUALIFIED("不合格", "Unqualified");

    private final LocalizedText labels;

    Rating(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
