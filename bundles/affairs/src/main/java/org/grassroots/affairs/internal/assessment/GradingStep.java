package org.grassroots.affairs.internal.assessment;

import java.util.List;

/** The body of a grading's step: the scores and note (assess), the grade and note (decide), the reason (return). */
public record GradingStep(List<ScoreEntry> scores, String note, OrgGrade grade, String reason) {
}
