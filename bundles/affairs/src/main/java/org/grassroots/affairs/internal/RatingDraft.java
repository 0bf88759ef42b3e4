package org.grassroots.affairs.internal;

/** A rating to enter; {@code excused} instead of a rating for a member who joined or left during the year. */
public record RatingDraft(Long memberId, Rating rating, String note, String followUp, String excused) {
}
