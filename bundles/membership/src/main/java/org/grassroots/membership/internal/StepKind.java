package org.grassroots.membership.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** How a step counts for the order: required before every later step, repeatable, or optional. */
public enum StepKind implements Labelled {
    REQUIRED("必经步骤", "Required"),
    REPEATABLE("可多次", "Repeatable"),
    OPTIONAL("可选", "Optional");

    private final LocalizedText labels;

    StepKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
