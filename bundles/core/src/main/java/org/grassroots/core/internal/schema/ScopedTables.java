package org.grassroots.core.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Savepoint;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.grassroots.core.api.UtcTimes;

/**
 * The one place that knows which tables hold a copy of a unit's materialized path, and rewrites them when a unit
 * moves: core's own tables ({@link #CORE_TABLES}) and the module tables recorded in {@code CORE_SCOPED_TABLE}. A
 * module table is recorded the first time its bundle starts and never forgotten (uninstall keeps a module's tables),
 * so a move rewrites the rows of every module that ever ran here, installed or not, in the move's own transaction.
 */
public final class ScopedTables {
    private static final Logger LOG = LoggerFactory.getLogger(ScopedTables.class);

    /**
     * Core's tables that copy their unit's path for scope checks in SQL: members (the indexed member search), files,
     * notifications, notices with their receipts, collection tasks with their submissions, the big screen's tokens,
     * the work record's texts and snapshots. Declared here as a module
     * declares its tables in its header; core writes the path itself when it writes a row, so none needs a catch-up.
     */
    static final List<ScopedTable> CORE_TABLES = List.of(
            new ScopedTable("CORE_MEMBER", "ORG_PATH", null),
            new ScopedTable("CORE_ATTACHMENT", "UNIT_PATH", null),
            new ScopedTable("CORE_NOTIFICATION", "TARGET_PATH", null),
            new ScopedTable("CORE_NOTICE", "ORG_PATH", null),
            new ScopedTable("CORE_NOTICE_RECEIPT", "UNIT_PATH", null),
            new ScopedTable("CORE_COLLECTION", "ORG_PATH", null),
            new ScopedTable("CORE_COLLECTION_SUBMISSION", "UNIT_PATH", null),
            new ScopedTable("CORE_DISPLAY_TOKEN", "UNIT_PATH", null),
            new ScopedTable("CORE_WR_DRAFT", "UNIT_PATH", null),
            new ScopedTable("CORE_WR_SNAPSHOT", "UNIT_PATH", null));

    private ScopedTables() {
    }

    /**
     * Inside the move transaction: rewrites path prefix {@code from} to {@code to} in core's tables and in every
     * recorded module table (the organization tree itself is the caller's, as it also changes depths and versions).
     *
     * @return rows changed
     */
    public static int rewrite(EntityManager em, String from, String to) {
        List<ScopedTable> tables = new ArrayList<>(CORE_TABLES);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT TABLE_NAME, PATH_COLUMN, UNIT_COLUMN FROM CORE_SCOPED_TABLE "
                + "ORDER BY TABLE_NAME").getResultList();
        for (Object[] row : rows) {
            tables.add(new ScopedTable((String) row[0], (String) row[1], (String) row[2]));
        }
        int changed = 0;
        for (ScopedTable table : tables) {
            changed += em.createNativeQuery(table.moveSql()).setParameter(1, to).setParameter(2, from.length() + 1)
                    .setParameter(3, from + "%").executeUpdate();
        }
        return changed;
    }

    /**
     * Records the bundle's tables (new ones inserted, changed columns updated) and, for those, brings their paths in
     * line with core's where a unit column says which unit a row belongs to: the catch-up for rows written before the
     * table was recorded or under other columns. A table recorded before with the same columns is left alone: every
     * move since has rewritten it in the move's transaction, so a start does not read its rows (the affairs demo alone
     * has 80,000; checking them all cost every start about a second of CPU). The records and their catch-up commit
     * together, so a catch-up that fails is tried again at the next start.
     *
     * @return rows whose path was corrected
     */
    static int record(DataSource dataSource, String bundle, List<ScopedTable> tables) throws SQLException {
        int corrected = 0;
        try (Connection connection = dataSource.getConnection()) {
            Map<String, ScopedTable> known = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT TABLE_NAME, PATH_COLUMN, UNIT_COLUMN FROM CORE_SCOPED_TABLE");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString(1), new ScopedTable(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            List<ScopedTable> changed = tables.stream().filter(table -> !table.equals(known.get(table.table()))).toList();
            if (changed.isEmpty()) {
                return 0;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (ScopedTable table : changed) {
                    // false: another node recorded it at the same moment, so update it like a changed one
                    if (known.containsKey(table.table()) || !insert(connection, bundle, table)) {
                        try (PreparedStatement write = connection.prepareStatement("UPDATE CORE_SCOPED_TABLE SET "
                                + "PATH_COLUMN = ?, UNIT_COLUMN = ?, BUNDLE = ? WHERE TABLE_NAME = ?")) {
                            bind(write, bundle, table).executeUpdate();
                        }
                    }
                    String reconcile = table.reconcileSql();
                    if (reconcile != null) {
                        try (PreparedStatement update = connection.prepareStatement(reconcile)) {
                            corrected += update.executeUpdate();
                        }
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        if (corrected > 0) {
            LOG.info("Scoped tables of {}: {} row path(s) brought in line with the organization tree", bundle, corrected);
        }
        return corrected;
    }

    /**
     * Inserts the table's row; false when another node inserted it first (several nodes on one database start a module
     * at the same moment: SQLState 23505 on Derby and PostgreSQL alike).
     */
    static boolean insert(Connection connection, String bundle, ScopedTable table) throws SQLException {
        Savepoint before = connection.getAutoCommit() ? null : connection.setSavepoint();
        try (PreparedStatement write = connection.prepareStatement("INSERT INTO CORE_SCOPED_TABLE (PATH_COLUMN, "
                + "UNIT_COLUMN, BUNDLE, TABLE_NAME, RECORDED_AT) VALUES (?, ?, ?, ?, ?)")) {
            bind(write, bundle, table).setTimestamp(5, Timestamp.from(UtcTimes.nowInstant()));
            write.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            if (before != null) {
                connection.rollback(before); // PostgreSQL refuses every later statement of a failed transaction
            }
            return false;
        }
    }

    /** The four columns both statements set, in their order: path column, unit column, bundle, table. */
    private static PreparedStatement bind(PreparedStatement write, String bundle, ScopedTable table) throws SQLException {
        write.setString(1, table.pathColumn());
        write.setString(2, table.unitColumn());
        write.setString(3, bundle);
        write.setString(4, table.table());
        return write;
    }
}
