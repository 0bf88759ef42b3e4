package org.grassroots.affairs.internal.assessment;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The steps of an organization's grading. */
public enum GradingAction implements Labelled {
    ASSESS("自评", "Self-assess"), RETURN("退回", "Return"), DECIDE("定等", "Decide");

    private final LocalizedText labels;

    GradingAction(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
