package org.grassroots.core.api.notice;

import java.time.Instant;
import java.util.Map;

/**
 * One addressed unit of a collection task and what it handed in.
 *
 * @param status {@code PENDING} (nothing yet), {@code SUBMITTED} (by the deadline) or {@code LATE}
 */
public record Submission(long unitId, String unitCode, String unitName, SubmissionStatus status, Instant submittedAt,
                         String submittedBy, Long attachmentId, Map<String, String> values) {
}
