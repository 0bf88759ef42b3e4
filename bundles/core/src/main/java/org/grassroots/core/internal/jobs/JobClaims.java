package org.grassroots.core.internal.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

/**
 * The claims of job periods in {@code CORE_JOB_RUN}, shared by every node through the database. Plain JDBC with
 * auto-commit, outside any JTA transaction: a claim is its own statement, whatever the job then does.
 */
final class JobClaims {
    private final DataSource dataSource;

    JobClaims(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims {@code periodStart} of {@code job} for {@code node}: true on exactly one node, false when another node
     * (or this one) claimed the period already, or a run of the job started after {@code now - lease} is not finished.
     */
    boolean claim(String job, Instant periodStart, String node, Instant now, Duration lease) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM CORE_JOB_RUN WHERE JOB = ? AND "
                    + "(PERIOD_START = ? OR (FINISHED_AT IS NULL AND STARTED_AT > ?))")) {
                s.setString(1, job);
                s.setTimestamp(2, utc(periodStart));
                s.setTimestamp(3, utc(now.minus(lease)));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return false; // claimed, or a run still under way: the usual answer, without a failed INSERT
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO CORE_JOB_RUN (JOB, PERIOD_START, NODE, STARTED_AT) "
                    + "VALUES (?, ?, ?, ?)")) {
                s.setString(1, job);
                s.setTimestamp(2, utc(periodStart));
                s.setString(3, node.length() > 200 ? node.substring(0, 200) : node);
                s.setTimestamp(4, utc(now));
                s.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    return false; // another node's INSERT of the same period won between our SELECT and INSERT
                }
                throw e;
            }
        }
    }

    /** Marks the run finished and forgets the job's runs that started before {@code forgetBefore}. */
    void finish(String job, Instant periodStart, Instant now, Instant forgetBefore) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE CORE_JOB_RUN SET FINISHED_AT = ? WHERE JOB = ? AND PERIOD_START = ?")) {
                s.setTimestamp(1, utc(now));
                s.setString(2, job);
                s.setTimestamp(3, utc(periodStart));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM CORE_JOB_RUN WHERE JOB = ? AND STARTED_AT < ?")) {
                s.setString(1, job);
                s.setTimestamp(2, utc(forgetBefore));
                s.executeUpdate();
            }
        }
    }

    /** The platform's timestamps are UTC wall-clock values (UtcTimes), whatever the JVM's zone. */
    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
