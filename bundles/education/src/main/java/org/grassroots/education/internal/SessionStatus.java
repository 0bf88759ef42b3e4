package org.grassroots.education.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A training session: planned → held (attendance recorded) → archived; planned → cancelled. */
public enum SessionStatus implements Labelled {
    PLANNED("计划中", "Planned"), HELD("已举办", "Held"), ARCHIVED("已归档", "Archived"),
    CANCELLED("已取消", "Cancelled");

    private final LocalizedText labels;

    SessionStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** Whether the session took place (its attendance counts). */
    public boolean held() {
        return this == HELD || this == ARCHIVED;
    }
}
