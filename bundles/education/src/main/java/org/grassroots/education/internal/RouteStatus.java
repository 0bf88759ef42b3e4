package org.grassroots.education.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Whether a boutique route is shown to members (published) or still being put together. */
public enum RouteStatus implements Labelled {
    DRAFT("草稿", "Draft"), PUBLISHED("已发布", "Published");

    private final LocalizedText labels;

    RouteStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
