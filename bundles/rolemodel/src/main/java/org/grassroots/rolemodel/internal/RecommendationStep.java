package org.grassroots.rolemodel.internal;

import java.time.Instant;

/** One decision of a recommendation, as the history shows it. */
public record RecommendationStep(Decision decision, long unitId, String unitName, Tier level, Long toUnitId, String toUnitName,
                                 String opinion, String actor, Instant at) {
}
