package org.grassroots.core.api.notice;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What each unit hands in for a collection task. */
public enum CollectionKind implements Labelled {
    /** A file, uploaded to the attachment store first ({@code module=core, ownerType=collection}). */
    FILE("文件", "File"),
    /** A short form: a value for each of the task's fields. */
    FORM("表单", "Form");

    private final LocalizedText labels;

    CollectionKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
