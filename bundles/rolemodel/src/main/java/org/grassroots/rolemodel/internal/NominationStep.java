package org.grassroots.rolemodel.internal;

import java.time.Instant;

/** One step of a nomination, as its history shows it. */
public record NominationStep(NominationAction action, long unitId, String unitName, Long toUnitId, String toUnitName, String opinion,
                             String actor, Instant at) {
}
