package org.grassroots.affairs.internal.assessment;

/** A criterion of a grading round. */
public record Criterion(long id, String name, int maxScore) {
}
