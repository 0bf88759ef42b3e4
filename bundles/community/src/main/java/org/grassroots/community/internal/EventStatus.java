package org.grassroots.community.internal;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * A community event: published (members sign up, and sign in on the day with its code), then closed by the community
 * (the sign-ins become attendance and, for volunteer events, confirmed service hours; the code is dead for good) or
 * cancelled with a reason.
 */
public enum EventStatus implements Labelled {
    PUBLISHED("报名中", "Published"),
    CLOSED("已结束", "Closed"),
    CANCELLED("已取消", "Cancelled");

    private static final Map<EventStatus, List<EventStatus>> NEXT = Map.of(PUBLISHED, List.of(CLOSED, CANCELLED),
            CLOSED, List.of(), CANCELLED, List.of());

    private final LocalizedText labels;

    EventStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    public List<EventStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(EventStatus target) {
        return next().contains(target);
    }

    /** @throws org.grassroots.core.api.ConflictException (409) naming the allowed steps */
    void requireMoveTo(EventStatus target, long id) {
        if (!canMoveTo(target)) {
            throw Steps.refused("活动", "Event", id, this, target, next());
        }
    }
}
