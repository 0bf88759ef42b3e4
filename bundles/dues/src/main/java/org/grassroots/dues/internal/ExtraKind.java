package org.grassroots.dues.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Dues paid besides the monthly amount. */
public enum ExtraKind implements Labelled {
    /** Voluntary extra dues (自愿多交党费). */
    VOLUNTARY("自愿多交", "Voluntary extra"),
    /** One-off special dues (特殊党费), e.g. for disaster relief. */
    SPECIAL("特殊党费", "Special dues");

    private final LocalizedText labels;

    ExtraKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
