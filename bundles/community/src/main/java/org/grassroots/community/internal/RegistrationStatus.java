package org.grassroots.community.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A member's 双报到 registration: active until cancelled (moved house, left). */
public enum RegistrationStatus implements Labelled {
    ACTIVE("已报到", "Registered"),
    CANCELLED("已注销", "Cancelled");

    private final LocalizedText labels;

    RegistrationStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
