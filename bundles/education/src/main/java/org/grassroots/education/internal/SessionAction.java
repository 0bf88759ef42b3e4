package org.grassroots.education.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

public enum SessionAction implements Labelled {
    HOLD("登记举办", "Record as held"), CORRECT("更正考勤", "Correct attendance"), ARCHIVE("归档", "Archive"),
    CANCEL("取消", "Cancel");

    private final LocalizedText labels;

    SessionAction(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
