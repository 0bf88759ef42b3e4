package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The kind of an award campaign: 两优一先 (outstanding members, outstanding Party workers, advanced organizations) or the 七一 commendation. */
public enum AwardKind implements Labelled {
    TWO_EXCELLENT_ONE_ADVANCED("“两优一先”评选表彰", "Two excellent, one advanced"),
    JULY_FIRST("“七一”表彰", "July 1st commendation"),
    OTHER("其他表彰", "Other commendation");

    private final LocalizedText labels;

    AwardKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
