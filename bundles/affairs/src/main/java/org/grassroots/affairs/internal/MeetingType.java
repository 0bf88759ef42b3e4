package org.grassroots.affairs.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** 三会一课 and the other meetings of organizational life. */
public enum MeetingType implements Labelled {
    BRANCH_GENERAL("支部党员大会", "Branch general meeting"), COMMITTEE("支委会", "Branch committee meeting"),
    GROUP("党小组会", "Party group meeting"), LECTURE("党课", "Party lecture"),
    LIFE_MEETING("组织生活会", "Organizational life meeting"), THEME_DAY("主题党日", "Theme Party day"),
    DEMOCRATIC_LIFE("民主生活会", "Democratic life meeting");

    private final LocalizedText labels;

    MeetingType(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** Only a branch general meeting has a quorum: more than half of the full members entitled to vote. */
    boolean needsQuorum() {
        return this == BRANCH_GENERAL;
    }
}
