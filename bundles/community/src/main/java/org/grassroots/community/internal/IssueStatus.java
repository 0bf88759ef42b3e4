package org.grassroots.community.internal;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** An issue a joint meeting raised: raised, assigned to a member unit (with a due date), closed with the result. */
public enum IssueStatus implements Labelled {
    RAISED("已提出", "Raised"),
    ASSIGNED("已交办", "Assigned"),
    CLOSED("已办结", "Closed");

    private static final Map<IssueStatus, List<IssueStatus>> NEXT = Map.of(RAISED, List.of(ASSIGNED, CLOSED),
            ASSIGNED, List.of(CLOSED), CLOSED, List.of());

    private final LocalizedText labels;

    IssueStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    public List<IssueStatus> next() {
        return NEXT.get(this);
    }

    /** @throws org.grassroots.core.api.ConflictException (409) naming the allowed steps */
    void requireMoveTo(IssueStatus target, long id) {
        if (!next().contains(target)) {
            throw Steps.refused("议题", "Issue", id, this, target, next());
        }
    }
}
