package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The campaigns service records belong to. */
public enum Campaign implements Labelled {
    PRACTICAL_THINGS("我为群众办实事", "Practical things for the people"),
    SHOW_IDENTITY("亮身份、树形象、作贡献、促发展", "Show identity, set an example, contribute, promote development");

    private final LocalizedText labels;

    Campaign(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
