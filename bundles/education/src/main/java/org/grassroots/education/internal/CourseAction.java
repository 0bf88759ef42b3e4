package org.grassroots.education.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** The steps of an online course: publish it to members, withdraw it, or take it back to draft to change it. */
public enum CourseAction implements Labelled {
    PUBLISH("发布", "Publish"), WITHDRAW("下线", "Withdraw"), REVISE("改为草稿", "Back to draft");

    private final LocalizedText labels;

    CourseAction(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
