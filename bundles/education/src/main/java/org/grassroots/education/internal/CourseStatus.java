package org.grassroots.education.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Where an online course stands: being prepared, open to members (exams taken), or withdrawn. */
public enum CourseStatus implements Labelled {
    DRAFT("草稿", "Draft"), PUBLISHED("已发布", "Published"), WITHDRAWN("已下线", "Withdrawn");

    private final LocalizedText labels;

    CourseStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
