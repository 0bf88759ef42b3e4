package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The lifecycle steps: each moves a role model one stage on. */
public enum StageAction implements Labelled {
    DISCOVER("发现", "Discover"),
    CULTIVATE("培养", "Cultivate"),
    PUBLICIZE("宣传", "Publicize"),
    LEARN("组织学习", "Organize learning");

    private final LocalizedText labels;

    StageAction(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
