package org.grassroots.affairs.internal.assessment;

import java.time.Instant;
import java.util.List;

/** An organization's grading of a year: the self-assessment, the grade it proposes, the level above's grade. */
public record Grading(long id, long roundId, long organizationId, String organizationName, int year, GradeScheme scheme,
                      GradingStatus status, List<CriterionScore> scores, Integer selfTotal, int fullMarks, OrgGrade proposed,
                      OrgGrade grade, String selfNote, String decisionNote, String returnNote, String assessedBy,
                      Instant assessedAt, String decidedBy, Instant decidedAt, List<GradingAction> allowedActions, long version) {
}
