package org.grassroots.affairs.internal.assessment;

import java.time.Instant;
import java.util.List;

/** A secretary's annual report (述职) with its ratings, the grade they suggest, the result and the steps allowed now. */
public record Report(long id, long roundId, long organizationId, String organizationName, int year, Long secretaryId,
                     String secretaryName, String body, ReportStatus status, List<ReportRating> ratings, ReportGrade suggested,
                     ReportGrade result, String decisionNote, String returnNote, String submittedBy, Instant submittedAt,
                     String decidedBy, Instant decidedAt, List<ReportAction> allowedActions, long version) {
}
