package org.grassroots.core.internal.generations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

/**
 * {@code CORE_DATA_GENERATION}: one row per module whose data ever changed, its number only ever growing. Each bump
 * is a one-row update in a transaction of its own (auto-commit), so no writer holds the row while it works.
 */
final class GenerationTable {
    private final DataSource dataSource;
    private Connection bumping;

    GenerationTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every module's number; a module without a row has 0. */
    Map<String, Long> read() {
        Map<String, Long> generations = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT MODULE, GENERATION FROM CORE_DATA_GENERATION");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                generations.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the data generations failed", e);
        }
        return generations;
    }

    /**
     * Moves each module's number by one, creating its row at the first change. Called by one thread only (the
     * bumper), on a connection of its own kept open: writers wait for the bump in their transaction's completion,
     * possibly still holding pooled connections, so the bump never waits for the pool.
     */
    synchronized void bump(Collection<String> modules) {
        try {
            bump(connection(), modules);
        } catch (SQLException first) {
            close(); // a broken connection (database restarted): once more on a new one
            try {
                bump(connection(), modules);
            } catch (SQLException e) {
                e.addSuppressed(first);
                throw new IllegalStateException("Moving the data generations of " + modules + " failed", e);
            }
        }
    }

    private static void bump(Connection c, Collection<String> modules) throws SQLException {
        for (String module : modules) {
            if (!increment(c, module) && !insert(c, module) && !increment(c, module)) {
                throw new IllegalStateException("No data generation row for " + module);
            }
        }
    }

    private Connection connection() throws SQLException {
        if (bumping == null) {
            bumping = dataSource.getConnection();
            if (!bumping.getAutoCommit()) {
                bumping.setAutoCommit(true); // each statement on its own: a refused insert must not abort the next
            }
        }
        return bumping;
    }

    /** Gives the bumper's connection back (component deactivated, or it broke). */
    synchronized void close() {
        if (bumping != null) {
            try {
                bumping.close();
            } catch (SQLException e) {
                // already broken: nothing to give back
            }
            bumping = null;
        }
    }

    private static boolean increment(Connection c, String module) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE CORE_DATA_GENERATION SET GENERATION = GENERATION + 1 WHERE MODULE = ?")) {
            update.setString(1, module);
            return update.executeUpdate() == 1;
        }
    }

    /** False when another node (or thread) created the row meanwhile: the caller increments it then. */
    private static boolean insert(Connection c, String module) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO CORE_DATA_GENERATION (MODULE, GENERATION) VALUES (?, 1)")) {
            insert.setString(1, module);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // integrity constraint: the row is there now
            }
            throw e;
        }
    }
}
