package org.grassroots.position.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The steps of an upgrade project; NOTE records progress without changing the state. */
public enum UpgradeAction implements Labelled {
    PLAN("立项", "Plan"),
    START("开工", "Start"),
    NOTE("进展记录", "Progress note"),
    COMPLETE("完工", "Complete"),
    ACCEPT("验收通过", "Accept"),
    RETURN("验收退回", "Return");

    private final LocalizedText labels;

    UpgradeAction(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
