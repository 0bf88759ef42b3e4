package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The "四位一体" lifecycle of a role model: found, cultivated, publicized, learned from. */
public enum Stage implements Labelled {
    DISCOVERED("发现", "Discovered"),
    CULTIVATING("培养", "Cultivating"),
    PUBLICIZED("宣传", "Publicized"),
    LEARNING("学习", "Learned from");

    private final LocalizedText labels;

    Stage(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
