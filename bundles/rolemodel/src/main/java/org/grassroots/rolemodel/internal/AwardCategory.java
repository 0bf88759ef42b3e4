package org.grassroots.rolemodel.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** An award category of a campaign and whom it is for (a member or an organization). */
public enum AwardCategory implements Labelled {
    OUTSTANDING_MEMBER("优秀共产党员", "Outstanding Party member", SubjectKind.MEMBER),
    OUTSTANDING_WORKER("优秀党务工作者", "Outstanding Party worker", SubjectKind.MEMBER),
    ADVANCED_ORGANIZATION("先进基层党组织", "Advanced grassroots Party organization", SubjectKind.ORGANIZATION);

    private final LocalizedText labels;
    private final SubjectKind subject;

    AwardCategory(String zhCN, String en, SubjectKind subject) {
        this.labels = LocalizedText.of(zhCN, en);
        this.subject = subject;
    }

    /** Whom the category is for. */
    public SubjectKind subject() {
        return subject;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }
}
