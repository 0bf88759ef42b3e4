package org.grassroots.core.api.annualstats;

import java.util.List;

/**
 * The reports of the units directly below a unit (those hosting a Party organization) for a year: the level
 * above's view. {@code missing} counts the units that have not submitted (nothing submitted, or returned and not
 * yet submitted again).
 */
public record UnitsBelow(long unitId, String unitName, int year, int expected, int submitted, int accepted,
                         int missing, List<UnitReport> units) {
    public UnitsBelow {
        units = List.copyOf(units);
    }

    /** One unit below: its report status and when it was submitted. */
    public record UnitReport(long unitId, String code, String name, ReportStatus status, boolean missing,
                             Long members, java.time.Instant submittedAt, String returnReason) {
    }
}
