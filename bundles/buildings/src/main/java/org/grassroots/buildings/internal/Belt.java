package org.grassroots.buildings.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** 经十路、舜华路"一纵一横"楼宇党建示范带: which line a building stands on (or none). */
public enum Belt implements Labelled {
    JINGSHI("经十路", "Jingshi Road"), SHUNHUA("舜华路", "Shunhua Road"), NONE("不在示范带", "Not on the belt");

    private final LocalizedText labels;

    Belt(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
