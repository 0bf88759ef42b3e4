package org.grassroots.community.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A micro-wish (微心愿) and who claimed it: a paired organization ({@code partnerId}) or a registered member. */
public record Wish(long id, long communityId, String communityName, String title, String detail, String beneficiary,
                   LocalDate publishedOn, WishStatus status, Long partnerId, String partnerName, Long memberId,
                   String memberName, Instant claimedAt, String claimedBy, LocalDate fulfilledOn, String note,
                   Instant decidedAt, String decidedBy, long version) {
}
