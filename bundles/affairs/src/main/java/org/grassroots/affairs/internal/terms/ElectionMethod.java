package org.grassroots.affairs.internal.terms;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** How the committee was elected: by the general meeting of members (党员大会) or by a congress of delegates (党员代表大会). */
public enum ElectionMethod implements Labelled {
    GENERAL_MEETING("党员大会选举", "Elected by the general meeting"), CONGRESS("党员代表大会选举", "Elected by a congress of delegates");

    private final LocalizedText labels;

    ElectionMethod(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
