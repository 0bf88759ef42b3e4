package org.grassroots.core.internal.annualstats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.grassroots.core.api.annualstats.ReportAction;
import org.grassroots.core.api.annualstats.ReportEvent;
import org.grassroots.core.api.annualstats.ReportStatus;
import org.grassroots.core.api.annualstats.UnitsBelow.UnitReport;
import org.grassroots.core.api.module.ModuleMessages;

/**
 * The reports and their steps in CORE_ANNUAL_REPORT(_EVENT), and the state machine: a step is taken only from a
 * status that allows it ({@link ReportStatus#allowed()}), else 409 naming the allowed steps; every write is
 * conditional on the version read, so two people taking a step at once cannot both succeed.
 */
final class ReportLedger {
    private static final String COLUMNS = "UNIT_ID, REPORT_YEAR, PARENT_ID, STATUS, MEMBERS, PREPARED_BY, PREPARED_AT,"
            + " SUBMITTED_BY, SUBMITTED_AT, DECIDED_BY, DECIDED_AT, RETURN_REASON, VERSION";

    private final Sql sql;

    ReportLedger(Sql sql) {
        this.sql = sql;
    }

    Optional<ReportRow> find(long unitId, int year) {
        List<Object[]> rows = sql.rows("SELECT " + COLUMNS + " FROM CORE_ANNUAL_REPORT WHERE UNIT_ID = ? AND REPORT_YEAR = ?",
                unitId, year);
        return rows.isEmpty() ? Optional.empty() : Optional.of(row(rows.get(0)));
    }

    /**
     * Takes {@code action} on the report of {@code unitId} (PREPARE stores {@code members} and {@code figures}),
     * records the step and answers the new row. {@code expectedVersion} is the version the step was decided on
     * (0: no report yet).
     *
     * @throws org.grassroots.core.api.ConflictException when the status does not allow the action, or the row
     *                                                    changed since it was read
     */
    ReportRow step(long unitId, int year, long expectedVersion, String unitPath, Long parentId, ReportAction action,
                   String actor, Instant now, String reason, long members, String figures) {
        ReportRow current = find(unitId, year).orElse(ReportRow.none(unitId, year, parentId));
        if (current.version() != expectedVersion) {
            throw AnnualStatsText.TEXT.stale("annual-report", unitId + "/" + year, expectedVersion, current.version());
        }
        ReportStatus next = current.status().after(action);
        if (next == null) {
            throw refused(current.status(), action);
        }
        if (!current.stored()) {
            sql.update("INSERT INTO CORE_ANNUAL_REPORT (UNIT_ID, REPORT_YEAR, UNIT_PATH, PARENT_ID, STATUS, MEMBERS, FIGURES,"
                    + " PREPARED_BY, PREPARED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    unitId, year, unitPath, parentId, next.name(), members, figures, actor, now);
        } else {
            int changed = switch (action) {
                case PREPARE -> sql.update("UPDATE CORE_ANNUAL_REPORT SET STATUS = ?, MEMBERS = ?, FIGURES = ?, PREPARED_BY = ?,"
                        + " PREPARED_AT = ?, PARENT_ID = ?, UNIT_PATH = ?, VERSION = VERSION + 1" + WHERE, next.name(), members,
                        figures, actor, now, parentId, unitPath, unitId, year, current.version());
                case SUBMIT -> sql.update("UPDATE CORE_ANNUAL_REPORT SET STATUS = ?, SUBMITTED_BY = ?, SUBMITTED_AT = ?,"
                        + " VERSION = VERSION + 1" + WHERE, next.name(), actor, now, unitId, year, current.version());
                case ACCEPT, RETURN -> sql.update("UPDATE CORE_ANNUAL_REPORT SET STATUS = ?, DECIDED_BY = ?, DECIDED_AT = ?,"
                        + " RETURN_REASON = ?, VERSION = VERSION + 1" + WHERE, next.name(), actor, now,
                        action == ReportAction.RETURN ? reason : current.returnReason(), unitId, year, current.version());
            };
            if (changed != 1) {
                throw AnnualStatsText.TEXT.stale("annual-report", unitId + "/" + year, current.version(), current.version() + 1);
            }
        }
        long seq = Sql.number(sql.rows("SELECT MAX(SEQ) FROM CORE_ANNUAL_REPORT_EVENT WHERE UNIT_ID = ? AND REPORT_YEAR = ?",
                unitId, year).get(0)[0]) + 1;
        sql.update("INSERT INTO CORE_ANNUAL_REPORT_EVENT (UNIT_ID, REPORT_YEAR, SEQ, ACTION, STATUS, ACTOR, OCCURRED_AT, REASON)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", unitId, year, seq, action.name(), next.name(), actor, now,
                action == ReportAction.RETURN ? reason : null);
        return find(unitId, year).orElseThrow();
    }

    private static final String WHERE = " WHERE UNIT_ID = ? AND REPORT_YEAR = ? AND VERSION = ?";

    static org.grassroots.core.api.ConflictException refused(ReportStatus status, ReportAction action) {
        List<ReportAction> allowed = status.allowed();
        if (allowed.isEmpty()) {
            return AnnualStatsText.TEXT.conflict("report.final", status, action);
        }
        return AnnualStatsText.TEXT.conflict("report.notAllowed", status, action,
                ModuleMessages.choices(allowed.toArray(ReportAction[]::new)));
    }

    List<ReportEvent> history(long unitId, int year) {
        List<ReportEvent> events = new ArrayList<>();
        for (Object[] r : sql.rows("SELECT ACTION, STATUS, ACTOR, OCCURRED_AT, REASON FROM CORE_ANNUAL_REPORT_EVENT"
                + " WHERE UNIT_ID = ? AND REPORT_YEAR = ? ORDER BY SEQ", unitId, year)) {
            events.add(new ReportEvent(ReportAction.valueOf((String) r[0]), ReportStatus.valueOf((String) r[1]),
                    (String) r[2], Sql.instant(r[3]), (String) r[4]));
        }
        return events;
    }

    /**
     * The units directly below {@code parentId} that host a Party organization, with their reports of the year (a
     * left join: a unit without a row has prepared nothing). Missing: not submitted and not accepted.
     */
    List<UnitReport> below(long parentId, int year) {
        List<UnitReport> units = new ArrayList<>();
        for (Object[] r : sql.rows("SELECT o.ID, o.CODE, o.NAME, r.STATUS, r.MEMBERS, r.SUBMITTED_AT, r.RETURN_REASON"
                + " FROM CORE_ORGANIZATION o LEFT JOIN CORE_ANNUAL_REPORT r ON r.UNIT_ID = o.ID AND r.REPORT_YEAR = ?"
                + " WHERE o.PARENT_ID = ? AND o.PARTY_ORG_TYPE <> 'NONE' AND o.STATUS = 'ACTIVE' ORDER BY o.CODE",
                year, parentId)) {
            ReportStatus status = r[3] == null ? ReportStatus.NONE : ReportStatus.valueOf((String) r[3]);
            boolean missing = status != ReportStatus.SUBMITTED && status != ReportStatus.ACCEPTED;
            units.add(new UnitReport(Sql.number(r[0]), (String) r[1], (String) r[2], status, missing,
                    r[4] == null ? null : Sql.number(r[4]), Sql.instant(r[5]),
                    status == ReportStatus.RETURNED ? (String) r[6] : null));
        }
        return units;
    }

    private static ReportRow row(Object[] r) {
        return new ReportRow(Sql.number(r[0]), (int) Sql.number(r[1]), r[2] == null ? null : Sql.number(r[2]),
                ReportStatus.valueOf((String) r[3]), r[4] == null ? null : Sql.number(r[4]), (String) r[5],
                Sql.instant(r[6]), (String) r[7], Sql.instant(r[8]), (String) r[9], Sql.instant(r[10]),
                (String) r[11], Sql.number(r[12]));
    }
}
