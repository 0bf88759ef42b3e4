package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new event: the community, kind, title, place, day and (volunteer events) the hours a sign-in earns. */
public record EventDraft(Long communityId, EventKind kind, String title, String place, LocalDate heldOn, BigDecimal hours) {
}
