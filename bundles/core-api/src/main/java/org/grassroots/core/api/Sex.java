package org.grassroots.core.api;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

public enum Sex implements Labelled {
    MALE("男", "Male"), FEMALE("女", "Female");

    private final LocalizedText labels;

    Sex(String zhCN, String en) { this.labels = LocalizedText.of(zhCN, en); }

    @Override
    public LocalizedText labels() { return labels; }

    /** The Chinese label (spreadsheets and the shell show it; kept on the enum for binary compatibility). */
    @Override
    public String label() { return labels.zhCN(); }

    public static Sex parse(String text) { return Labels.parse(Sex.class, text, Sex::label); }
}
