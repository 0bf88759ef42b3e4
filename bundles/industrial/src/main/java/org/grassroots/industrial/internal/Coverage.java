package org.grassroots.industrial.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** How an enterprise is covered by a Party organization (党组织覆盖). */
public enum Coverage implements Labelled {
    /** The enterprise has its own Party organization (单独组建). */
    OWN_BRANCH("单独组建", "Own branch"),
    /** A joint branch of several enterprises (联合组建), e.g. the grid's branch. */
    JOINT_BRANCH("联合组建", "Joint branch"),
    /** Not covered yet. */
    NONE("未覆盖", "Not covered");

    private final LocalizedText labels;

    Coverage(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    public boolean covered() {
        return this != NONE;
    }

    /** Accepts the name (any case) or the Chinese label; {@code null} when neither matches. */
    public static Coverage parse(String text) {
        if (text == null) {
            return null;
        }
        for (Coverage c : values()) {
            if (c.name().equalsIgnoreCase(text.trim()) || c.label().equals(text.trim())) {
                return c;
            }
        }
        return null;
    }
}
