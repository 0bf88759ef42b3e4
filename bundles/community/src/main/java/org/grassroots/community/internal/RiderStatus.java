package org.grassroots.community.internal;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** A "骑手友好社区" application: applied, then designated (all required items met, dated) or rejected; a designation may be revoked. */
public enum RiderStatus implements Labelled {
    APPLIED("已申报", "Applied"),
    DESIGNATED("已命名", "Designated"),
    REJECTED("未通过", "Rejected"),
    REVOKED("已撤销", "Revoked");

    private static final Map<RiderStatus, List<RiderStatus>> NEXT = Map.of(APPLIED, List.of(DESIGNATED, REJECTED), DESIGNATED, List.of(REVOKED), REJECTED, List.of(), REVOKED, List.of());

    private final LocalizedText labels;

    RiderStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** The states this one may move to (empty when final). */
    public List<RiderStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(RiderStatus target) {
        return next().contains(target);
    }

    /** @throws org.grassroots.core.api.ConflictException (409) naming the allowed steps */
    void requireMoveTo(RiderStatus target, String recordZh, String recordEn, long id) {
        if (!canMoveTo(target)) {
            throw Steps.refused(recordZh, recordEn, id, this, target, next());
        }
    }
}
