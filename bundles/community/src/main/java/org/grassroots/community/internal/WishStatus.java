package org.grassroots.community.internal;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * A micro-wish (微心愿) of a resident in need: published by the community, claimed by a paired organization or a
 * registered member, fulfilled (dated); a claim may be released (back to published), an unclaimed wish withdrawn.
 */
public enum WishStatus implements Labelled {
    PUBLISHED("待认领", "Published"),
    CLAIMED("已认领", "Claimed"),
    FULFILLED("已实现", "Fulfilled"),
    WITHDRAWN("已撤回", "Withdrawn");

    private static final Map<WishStatus, List<WishStatus>> NEXT = Map.of(PUBLISHED, List.of(CLAIMED, WITHDRAWN),
            CLAIMED, List.of(FULFILLED, PUBLISHED), FULFILLED, List.of(), WITHDRAWN, List.of());

    private final LocalizedText labels;

    WishStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    public List<WishStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(WishStatus target) {
        return next().contains(target);
    }

    /** @throws org.grassroots.core.api.ConflictException (409) naming the allowed steps */
    void requireMoveTo(WishStatus target, long id) {
        if (!canMoveTo(target)) {
            throw Steps.refused("微心愿", "Micro-wish", id, this, target, next());
        }
    }
}
