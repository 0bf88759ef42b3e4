package org.grassroots.affairs.internal;

import java.util.EnumSet;
import java.util.Set;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * Where a meeting stands: planned → held (attendance recorded) → minutes submitted → approved by the level above
 * (or returned with a reason and submitted again) → archived; a planned meeting may be cancelled.
 */
public enum MeetingStatus implements Labelled {
    PLANNED("已计划", "Planned"), HELD("已召开", "Held"), SUBMITTED("纪要待审", "Minutes submitted"),
    RETURNED("已退回", "Returned"), APPROVED("已审核", "Approved"), ARCHIVED("已归档", "Archived"),
    CANCELLED("已取消", "Cancelled");

    private final LocalizedText labels;

    MeetingStatus(String zhCN, String en) {
        labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** The meeting took place (it can count towards compliance). */
    boolean held() {
        return this != PLANNED && this != CANCELLED;
    }

    static final Set<MeetingStatus> HELD_STATES = EnumSet.of(HELD, SUBMITTED, RETURNED, APPROVED, ARCHIVED);
}
