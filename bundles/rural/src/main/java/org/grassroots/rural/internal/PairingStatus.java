package org.grassroots.rural.internal;

import org.grassroots.core.api.module.ModuleMessages;

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
            throw NEXT.get(this).isEmpty() ? RuralMessages.TEXT.conflict("pairing.final", pairingId, name(), target.name(), this, target)
                    : RuralMessages.TEXT.conflict("pairing.move", pairingId, name(), target.name(), this, target, NEXT.get(this).toString(),
                            ModuleMessages.choices(NEXT.get(this).toArray(new PairingStatus[0])));
        }
    }
}
