package org.grassroots.affairs.internal.assessment;

/** A self-assessed score of one criterion. */
public record ScoreEntry(Long criterionId, Integer score) {
}
