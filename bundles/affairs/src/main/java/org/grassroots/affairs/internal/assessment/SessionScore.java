package org.grassroots.affairs.internal.assessment;

/** One judge's score of a session. */
public record SessionScore(long id, long judgeId, String judgeName, int score, String comment) {
}
