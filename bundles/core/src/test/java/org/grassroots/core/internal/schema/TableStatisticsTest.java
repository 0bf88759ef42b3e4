package org.grassroots.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The duplicate check of a members import, planned while {@code CORE_MEMBER} was empty, scans the whole table after
 * a bulk write until Derby plans it anew; {@link TableStatistics} makes the next import's check probe the unique
 * index. Derby's runtime statistics show the plan.
 */
class TableStatisticsTest {
    private static final int KEYS = 1000;
    private static final String DUPLICATE_CHECK = "SELECT ID_NUMBER_INDEX, ORG_PATH, ID FROM CORE_MEMBER "
            + "WHERE ID_NUMBER_INDEX IN (" + String.join(", ", Collections.nCopies(KEYS, "?")) + ")";

    private EmbeddedDataSource db;
    private TableStatistics statistics;

    @BeforeEach
    void migrate() {
        db = MigratedDerby.core("table-statistics");
        statistics = new TableStatistics(db);
    }

    @AfterEach
    void drop() {
        statistics.close();
        try {
            DriverManager.getConnection("jdbc:derby:" + db.getDatabaseName() + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a dropped in-memory database as an exception
        }
    }

    @Test
    void afterABulkWriteTheDuplicateCheckProbesTheIndexInsteadOfScanningTheTable() throws SQLException {
        assertTrue(plan().contains("Table Scan"), "planned on an empty table: " + plan());
        insertMembers(10_000);
        assertTrue(plan().contains("Table Scan"), "Derby keeps the plan it made for the empty table");

        statistics.refreshAfterBulkWrite("CORE_MEMBER");
        statistics.awaitRefreshed();

        String plan = plan();
        assertFalse(plan.contains("Table Scan"), plan);
        assertTrue(plan.contains("MultiProbe") || plan.contains("Index Scan"), plan);
        assertEquals(10_000, count());
    }

    @Test
    void anUnknownTableStoresNothingAndTheNextImportGoesOn() throws SQLException {
        statistics.refreshAfterBulkWrite("NO_SUCH_TABLE");
        statistics.awaitRefreshed();
        assertEquals(0, count());
    }

    @Test
    void aRefreshAskedForWhileCoreStopsIsDroppedAndNobodyWaitsForIt() throws SQLException {
        statistics.close();
        statistics.refreshAfterBulkWrite("CORE_MEMBER");
        statistics.awaitRefreshed();
        assertEquals(0, count());
    }

    /** Runs the duplicate check once and answers Derby's description of how it ran. */
    private String plan() throws SQLException {
        try (Connection connection = db.getConnection(); Statement settings = connection.createStatement()) {
            settings.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            try (PreparedStatement check = connection.prepareStatement(DUPLICATE_CHECK)) {
                for (int i = 1; i <= KEYS; i++) {
                    check.setString(i, String.format("%064x", i * 7919L));
                }
                try (ResultSet rows = check.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }
            }
            try (ResultSet text = settings.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                text.next();
                return text.getString(1);
            }
        }
    }

    private void insertMembers(int count) throws SQLException {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement unit = connection.createStatement()) {
                unit.execute("INSERT INTO CORE_ORGANIZATION (ID, CODE, NAME, PARENT_ID, PATH, DEPTH, UNIT_TYPE, "
                        + "PARTY_ORG_TYPE, STATUS, VERSION) VALUES (1, 'R', 'root', NULL, '/1/', 0, 'STREET', 'COMMITTEE', "
                        + "'ACTIVE', 0)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CORE_MEMBER (ID, NAME, SEX, "
                    + "BIRTH_DATE, ID_NUMBER, CATEGORY, JOINED_ON, ORGANIZATION_ID, STATUS, TAGS, VERSION, ORG_PATH, "
                    + "ID_NUMBER_INDEX) VALUES (?, ?, 'MALE', DATE('1980-01-01'), ?, 'FULL', DATE('2000-01-01'), 1, "
                    + "'NORMAL', '', 0, '/1/', ?)")) {
                for (int i = 1; i <= count; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "M" + i);
                    insert.setString(3, "x" + i);
                    insert.setString(4, String.format("%064x", i * 104729L));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }

    private long count() throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM CORE_MEMBER")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
