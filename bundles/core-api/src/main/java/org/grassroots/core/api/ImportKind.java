package org.grassroots.core.api;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** What a spreadsheet holds. */
public enum ImportKind implements Labelled {
    ORGANIZATIONS("组织", "Organizations"), MEMBERS("党员", "Members");

    private final LocalizedText labels;

    ImportKind(String zhCN, String en) { this.labels = LocalizedText.of(zhCN, en); }

    @Override
    public LocalizedText labels() { return labels; }
}
