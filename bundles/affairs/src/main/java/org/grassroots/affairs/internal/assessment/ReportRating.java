package org.grassroots.affairs.internal.assessment;

import java.time.Instant;

/** One evaluator's rating of a secretary's report. */
public record ReportRating(long id, long evaluatorId, String evaluatorName, ReportGrade grade, String comment, String ratedBy,
                           Instant ratedAt) {
}
