package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Whom a role model is about: a Party member or an organization. */
public enum SubjectKind implements Labelled {
    MEMBER("党员", "Member"),
    ORGANIZATION("党组织", "Organization");

    private final LocalizedText labels;

    SubjectKind(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
