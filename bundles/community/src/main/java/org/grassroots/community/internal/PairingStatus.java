package org.grassroots.community.internal;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** 双报到 pairing of a unit with a community: active for its period, then ended (with a reason). */
public enum PairingStatus implements Labelled {
    ACTIVE("结对中", "Active"),
    ENDED("已结束", "Ended");

    private static final Map<PairingStatus, List<PairingStatus>> NEXT = Map.of(ACTIVE, List.of(ENDED), ENDED, List.of());

    private final LocalizedText labels;

    PairingStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** The states this one may move to (empty when final). */
    public List<PairingStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(PairingStatus target) {
        return next().contains(target);
    }

    /** @throws org.grassroots.core.api.ConflictException (409) naming the allowed steps */
    void requireMoveTo(PairingStatus target, String recordZh, String recordEn, long id) {
        if (!canMoveTo(target)) {
            throw Steps.refused(recordZh, recordEn, id, this, target, next());
        }
    }
}
