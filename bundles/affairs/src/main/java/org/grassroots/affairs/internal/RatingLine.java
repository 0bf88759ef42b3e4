package org.grassroots.affairs.internal;

import java.time.Instant;

/** One member's line in a campaign: rated once, or excused (joined or left during the year) with the reason. */
public record RatingLine(long id, long memberId, String memberName, Rating rating, String note, String followUp,
                         String excused, String ratedBy, Instant ratedAt, long version) {
}
