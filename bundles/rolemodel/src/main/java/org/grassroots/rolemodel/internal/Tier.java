package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The "十百千工程" tiers: the highest level that approved a role model. */
public enum Tier implements Labelled {
    DISTRICT("区级", "District level"),
    STREET("街道级", "Street level"),
    GRASSROOTS("基层", "Grassroots level");

    private final LocalizedText labels;

    Tier(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
