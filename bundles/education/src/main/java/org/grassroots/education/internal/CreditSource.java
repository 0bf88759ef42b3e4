package org.grassroots.education.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Where study hours come from. */
public enum CreditSource implements Labelled {
    SESSION("集中培训", "Training session"), SELF_STUDY("自学", "Self-study"), COURSE("网络课程", "Online course");

    private final LocalizedText labels;

    CreditSource(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
