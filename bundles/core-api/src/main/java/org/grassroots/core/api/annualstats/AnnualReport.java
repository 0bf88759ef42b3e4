package org.grassroots.core.api.annualstats;

import java.time.Instant;
import java.util.List;

/**
 * A unit's annual report for a year: its status, the steps the caller may take now, and who did what when.
 *
 * @param parentId    the level above that accepts or returns it ({@code null} for a root, which submits nowhere)
 * @param members     the member total as prepared (null before the first preparation)
 * @param allowed     the steps allowed in this status that the caller may take (permission and level)
 * @param returnReason the reason of the last return, kept after the report is prepared again
 * @param version     the report's version (also its ETag); 0 before the first preparation
 */
public record AnnualReport(long unitId, String unitName, Long parentId, String parentName, int year,
                           ReportStatus status, Long members, List<ReportAction> allowed,
                           String preparedBy, Instant preparedAt, String submittedBy, Instant submittedAt,
                           String decidedBy, Instant decidedAt, String returnReason, long version,
                           List<ReportEvent> history) {
    public AnnualReport {
        allowed = List.copyOf(allowed);
        history = List.copyOf(history);
    }
}
