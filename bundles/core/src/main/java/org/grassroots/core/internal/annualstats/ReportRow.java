package org.grassroots.core.internal.annualstats;

import java.time.Instant;

import org.grassroots.core.api.annualstats.ReportStatus;

/** A stored report row (CORE_ANNUAL_REPORT); {@code version} 0 with status NONE stands for a row not yet stored. */
record ReportRow(long unitId, int year, Long parentId, ReportStatus status, Long members, String preparedBy,
                 Instant preparedAt, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
                 String returnReason, long version) {

    static ReportRow none(long unitId, int year, Long parentId) {
        return new ReportRow(unitId, year, parentId, ReportStatus.NONE, null, null, null, null, null, null, null, null, 0);
    }

    boolean stored() {
        return version > 0;
    }
}
