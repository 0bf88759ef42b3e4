package org.grassroots.rural.internal;

import java.util.Map;
import java.util.Set;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** 结对 workflow: PROPOSED → AGREED → ACTIVE → ENDED; a pairing may also end before it becomes active. */
public enum PairingStatus implements Labelled {
    PROPOSED("待商定", "Proposed"), AGREED("已商定", "Agreed"), ACTIVE("帮扶中", "Active"), ENDED("已结束", "Ended");

    private final LocalizedText labels;

    PairingStatus(String zhCN, String en) {
        this.labels = LocalizedText.of(zhCN, en);
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    private static final Map<PairingStatus, Set<PairingStatus>> NEXT = Map.of(
            PROPOSED, Set.of(AGREED, ENDED),
            AGREED, Set.of(ACTIVE, ENDED),
            ACTIVE, Set.of(ENDED),
            ENDED, Set.of());

    public boolean canMoveTo(PairingStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** @throws ConflictException (409) naming the allowed next steps when the move is not allowed */
    public void requireMoveTo(PairingStatus target, long pairingId) {
        if (!canMoveTo(target)) {
            throw new ConflictException("pairing " + pairingId + " is " + this + " and cannot become " + target
                    + (NEXT.get(this).isEmpty() ? " (an ended pairing is final)" : "; allowed next: " + NEXT.get(this)));
        }
    }
}
