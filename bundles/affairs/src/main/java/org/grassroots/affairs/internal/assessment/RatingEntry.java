package org.grassroots.affairs.internal.assessment;

/** An evaluator's rating of a report: the evaluator (a member), the grade, a comment. */
public record RatingEntry(Long evaluatorId, ReportGrade grade, String comment) {
}
