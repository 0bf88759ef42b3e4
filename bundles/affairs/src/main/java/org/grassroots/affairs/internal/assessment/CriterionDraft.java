package org.grassroots.affairs.internal.assessment;

/** A scored criterion of a grading round: its name and full marks (1–100). */
public record CriterionDraft(String name, Integer maxScore) {
}
