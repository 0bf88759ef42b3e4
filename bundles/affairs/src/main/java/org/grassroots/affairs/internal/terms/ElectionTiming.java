package org.grassroots.affairs.internal.terms;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** When an election was held against the term it ends: the first one, on time, early or delayed (the last two need the level above's approval). */
public enum ElectionTiming implements Labelled {
    FIRST("首次选举", "First election"), ON_TIME("按期换届", "On time"), EARLY("提前换届", "Early"), DELAYED("延期换届", "Delayed");

    private final LocalizedText labels;

    ElectionTiming(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
