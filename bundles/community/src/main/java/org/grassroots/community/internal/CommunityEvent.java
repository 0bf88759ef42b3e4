package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A community event with its sign-up and sign-in counts; {@code code} (the sign-in code) only for the community's side.
 * In a member's own list {@code signedUp} / {@code signedIn} say where the caller stands.
 */
public record CommunityEvent(long id, long communityId, String communityName, EventKind kind, String title, String place,
                             LocalDate heldOn, BigDecimal hours, String code, EventStatus status, long signUps, long signIns,
                             boolean signedUp, boolean signedIn, Instant createdAt, String createdBy, Instant closedAt,
                             String closedBy, String cancelReason, long version) {
}
