package org.grassroots.core.internal.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.grassroots.core.api.ImportKind;
import org.grassroots.core.api.ImportProgress;
import org.grassroots.core.api.ImportReport;
import org.grassroots.core.api.RowError;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.internal.BackgroundThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where imports' progress is read: this node's running jobs from memory, every other (run by another node, or ended)
 * from {@code CORE_IMPORT_JOB} and {@code CORE_IMPORT_ERROR}, which this node's jobs are written to about once a second
 * and when they end. The writes are plain JDBC on a thread of their own, never inside an import's transaction, so a
 * poll through another node sees the progress while the import's rows are still uncommitted.
 */
final class ImportProgressBoard {
    private static final Logger LOG = LoggerFactory.getLogger(ImportProgressBoard.class);
    private static final Duration KEEP_LOCAL = Duration.ofHours(1);
    private static final Duration KEEP_STORED = Duration.ofDays(1);

    private final DataSource dataSource;
    private final String node;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, Long> written = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer = BackgroundThreads.scheduled("import-progress");

    ImportProgressBoard(DataSource dataSource, String node) {
        this.dataSource = dataSource;
        this.node = node.length() > 200 ? node.substring(0, 200) : node;
        writer.scheduleWithFixedDelay(this::writeChanged, 1, 1, TimeUnit.SECONDS);
    }

    void close() {
        writer.shutdownNow();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Puts a new job on the board and writes it before answering (on the caller's thread, outside any import
     * transaction), so that the first poll, whichever node it reaches, finds the job.
     */
    void add(ImportJob job) {
        long now = System.currentTimeMillis();
        jobs.values().removeIf(j -> j.finished() && now - j.createdAt() > KEEP_LOCAL.toMillis()
                && written.getOrDefault(j.id(), -1L) == j.changes());
        written.keySet().retainAll(jobs.keySet());
        jobs.put(job.id(), job);
        long changes = job.changes();
        try {
            write(job.progress());
            written.put(job.id(), changes);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Import {} could not be written ({}); polls through other nodes find it a second later", job.id(),
                    e.getMessage());
        }
        writer.execute(this::forgetOld);
    }

    /** Writes an ended job now, not at the next tick (its report is what the polls wait for). */
    void ended(ImportJob job) {
        writer.execute(this::writeChanged);
    }

    Optional<ImportProgress> progress(String jobId) {
        ImportJob local = jobs.get(jobId);
        if (local != null) {
            return Optional.of(local.progress());
        }
        try {
            return stored(jobId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the import job " + jobId + ": " + e.getMessage(), e);
        }
    }

    private void writeChanged() {
        for (ImportJob job : jobs.values()) {
            long changes = job.changes();
            if (written.getOrDefault(job.id(), -1L) == changes) {
                continue;
            }
            try {
                write(job.progress());
                written.put(job.id(), changes);
            } catch (SQLException | RuntimeException e) {
                LOG.warn("The progress of import {} could not be written ({}); polls through other nodes see it "
                        + "late", job.id(), e.getMessage());
            }
        }
    }

    private void write(ImportProgress p) throws SQLException {
        ImportReport report = p.report();
        Timestamp now = utc(UtcTimes.nowInstant());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int updated;
                try (PreparedStatement s = c.prepareStatement("UPDATE CORE_IMPORT_JOB SET PHASE = ?, PROCESSED_ROWS = ?, "
                        + "TOTAL_ROWS = ?, REPORT_ROWS = ?, IMPORTED = ?, COMMITTED = ?, UPDATED_AT = ? WHERE ID = ?")) {
                    bindProgress(s, p, report, now);
                    s.setString(8, p.jobId());
                    updated = s.executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO CORE_IMPORT_JOB (PHASE, PROCESSED_ROWS, "
                            + "TOTAL_ROWS, REPORT_ROWS, IMPORTED, COMMITTED, UPDATED_AT, ID, KIND, NODE, CREATED_AT) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        bindProgress(s, p, report, now);
                        s.setString(8, p.jobId());
                        s.setString(9, p.kind().name());
                        s.setString(10, node);
                        s.setTimestamp(11, now);
                        s.executeUpdate();
                    }
                }
                if (report != null) {
                    writeErrors(c, p.jobId(), report.errors());
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void bindProgress(PreparedStatement s, ImportProgress p, ImportReport report, Timestamp now)
            throws SQLException {
        s.setString(1, p.phase());
        s.setInt(2, p.processedRows());
        s.setInt(3, p.totalRows());
        if (report == null) {
            s.setNull(4, Types.INTEGER);
            s.setNull(5, Types.INTEGER);
            s.setNull(6, Types.BOOLEAN);
        } else {
            s.setInt(4, report.rows());
            s.setInt(5, report.imported());
            s.setBoolean(6, report.committed());
        }
        s.setTimestamp(7, now);
    }

    private static void writeErrors(Connection c, String jobId, List<RowError> errors) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM CORE_IMPORT_ERROR WHERE JOB_ID = ?")) {
            s.setString(1, jobId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO CORE_IMPORT_ERROR (JOB_ID, POS, ROW_NO, COLUMN_NAME, "
                + "REASON) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < errors.size(); i++) {
                RowError e = errors.get(i);
                s.setString(1, jobId);
                s.setInt(2, i);
                s.setInt(3, e.row());
                s.setString(4, cut(e.column(), 200));
                s.setString(5, cut(e.reason() == null ? "" : e.reason(), 2000));
                s.addBatch();
            }
            if (!errors.isEmpty()) {
                s.executeBatch();
            }
        }
    }

    private Optional<ImportProgress> stored(String jobId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            ImportProgress progress;
            try (PreparedStatement s = c.prepareStatement("SELECT KIND, PHASE, PROCESSED_ROWS, TOTAL_ROWS, REPORT_ROWS, "
                    + "IMPORTED, COMMITTED FROM CORE_IMPORT_JOB WHERE ID = ?")) {
                s.setString(1, jobId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    ImportKind kind = ImportKind.valueOf(r.getString(1));
                    int reportRows = r.getInt(5);
                    boolean hasReport = !r.wasNull();
                    ImportReport report = hasReport
                            ? new ImportReport(jobId, kind, reportRows, r.getInt(6), r.getBoolean(7), errors(c, jobId))
                            : null;
                    progress = new ImportProgress(jobId, kind, r.getString(2), r.getInt(3), r.getInt(4), report);
                }
            }
            return Optional.of(progress);
        }
    }

    private static List<RowError> errors(Connection c, String jobId) throws SQLException {
        List<RowError> errors = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT ROW_NO, COLUMN_NAME, REASON FROM CORE_IMPORT_ERROR "
                + "WHERE JOB_ID = ? ORDER BY POS")) {
            s.setString(1, jobId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    errors.add(new RowError(r.getInt(1), r.getString(2), r.getString(3)));
                }
            }
        }
        return errors;
    }

    private void forgetOld() {
        Timestamp before = utc(UtcTimes.nowInstant().minus(KEEP_STORED));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM CORE_IMPORT_ERROR WHERE JOB_ID IN "
                    + "(SELECT ID FROM CORE_IMPORT_JOB WHERE UPDATED_AT < ?)")) {
                s.setTimestamp(1, before);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM CORE_IMPORT_JOB WHERE UPDATED_AT < ?")) {
                s.setTimestamp(1, before);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            LOG.warn("Old import jobs could not be deleted ({}); the next import tries again", e.getMessage());
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
