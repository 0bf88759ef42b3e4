package org.grassroots.affairs.internal.terms;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Where a term stands on a given day: running, ending within the months asked (due), ended without a new election (overdue), or ended by the next election. */
public enum TermStatus implements Labelled {
    CURRENT("任期内", "In term"), DUE("即将届满", "Due for re-election"), OVERDUE("逾期未换届", "Overdue"), ENDED("已换届", "Re-elected");

    private final LocalizedText labels;

    TermStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
