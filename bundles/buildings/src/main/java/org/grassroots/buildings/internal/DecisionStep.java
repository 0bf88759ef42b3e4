package org.grassroots.buildings.internal;

import java.time.Instant;

/** One step of a decision's follow-up: from, to, who and when. */
public record DecisionStep(DecisionStatus from, DecisionStatus to, Instant at, String by) {
}
