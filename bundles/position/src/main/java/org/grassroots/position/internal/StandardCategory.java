package org.grassroots.position.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The categories of a standard's checklist (阵地布局、功能设置、服务机制、标识统一). */
public enum StandardCategory implements Labelled {
    LAYOUT("阵地布局", "Layout"),
    FUNCTIONS("功能设置", "Functions"),
    SERVICE_MECHANISM("服务机制", "Service mechanism"),
    SIGNAGE("标识统一", "Unified signage");

    private final LocalizedText labels;

    StandardCategory(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
