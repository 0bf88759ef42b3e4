package org.grassroots.core.api.annualstats;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The annual Party statistics (党内统计年报) of a subtree, and the reporting workflow. Every method checks the
 * caller's permission and scope: a unit outside the caller's subtree is not found (404); the level above of a
 * report is the unit's parent, so accepting and returning need the parent in scope. A step not allowed in the
 * report's status answers 409 naming the allowed steps.
 */
@ProviderType
public interface AnnualStatistics {
    /** The tables of {@code unitId}'s subtree for {@code year}, computed now from the data. */
    AnnualTables tables(long unitId, int year);

    /** The tables as an XLSX workbook, one sheet per table, in Chinese unless {@code locale} is English. */
    void exportXlsx(long unitId, int year, Locale locale, OutputStream out) throws IOException;

    AnnualReport report(long unitId, int year);

    /**
     * Records the unit's current figures as its report (from NONE, PREPARED or RETURNED). Every step names the
     * {@code version} of the report it was decided on ({@link AnnualReport#version()}, 0 before the first
     * preparation); a report changed meanwhile answers 409 and nothing is stored.
     */
    AnnualReport prepare(long unitId, int year, long version);

    /** Hands the prepared report to the level above, which is notified. */
    AnnualReport submit(long unitId, int year, long version);

    /** The level above accepts a submitted report; the unit is notified. */
    AnnualReport accept(long unitId, int year, long version);

    /** The level above returns a submitted report with a reason (required, at most 500 characters). */
    AnnualReport returnReport(long unitId, int year, long version, String reason);

    /** The reports of the units directly below {@code unitId}, missing ones flagged. */
    UnitsBelow below(long unitId, int year);
}
