package org.grassroots.community.internal;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Service hours a registered member logs: submitted, then confirmed by the community or rejected with a reason. */
public enum HoursStatus implements Labelled {
    SUBMITTED("待确认", "Submitted"),
    CONFIRMED("已确认", "Confirmed"),
    REJECTED("已退回", "Rejected");

    private static final Map<HoursStatus, List<HoursStatus>> NEXT = Map.of(SUBMITTED, List.of(CONFIRMED, REJECTED), CONFIRMED, List.of(), REJECTED, List.of());

    private final LocalizedText labels;

    HoursStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** The states this one may move to (empty when final). */
    public List<HoursStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(HoursStatus target) {
        return next().contains(target);
    }

    /** @throws org.grassroots.core.api.ConflictException (409) naming the allowed steps */
    void requireMoveTo(HoursStatus target, String recordZh, String recordEn, long id) {
        if (!canMoveTo(target)) {
            throw Steps.refused(recordZh, recordEn, id, this, target, next());
        }
    }
}
