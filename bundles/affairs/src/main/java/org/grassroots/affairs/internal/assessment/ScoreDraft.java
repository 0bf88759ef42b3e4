package org.grassroots.affairs.internal.assessment;

/** A judge's score of a session (0–100) and a comment. */
public record ScoreDraft(Long judgeId, Integer score, String comment) {
}
