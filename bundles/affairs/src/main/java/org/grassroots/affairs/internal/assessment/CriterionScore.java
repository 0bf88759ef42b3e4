package org.grassroots.affairs.internal.assessment;

/** A criterion of a grading with the organization's own score (null before the self-assessment). */
public record CriterionScore(long criterionId, String name, int maxScore, Integer score) {
}
