package org.grassroots.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScopedTablesTest {
    private static int databases;
    private String url;
    private DataSource dataSource;

    @Test
    void parsesTheHeaderWithDefaultsAndOptionalUnitColumn() {
        List<ScopedTable> tables = ScopedTable.parse(" IND_ACTIVITY;path=ORG_PATH;unit=UNIT_ID, IND_ESCALATION ;path=ORG_PATH,"
                + "IND_SERVICE");
        assertEquals(new ScopedTable("IND_ACTIVITY", "ORG_PATH", "UNIT_ID"), tables.get(0));
        assertEquals(new ScopedTable("IND_ESCALATION", "ORG_PATH", null), tables.get(1));
        assertEquals(new ScopedTable("IND_SERVICE", "ORG_PATH", null), tables.get(2));
        assertTrue(ScopedTable.parse(null).isEmpty());
        assertNull(tables.get(1).reconcileSql());
    }

    @Test
    void refusesAnythingButPlainIdentifiersSinceTheyBecomeSqlText() {
        assertThrows(IllegalArgumentException.class, () -> ScopedTable.parse("IND_X;path=ORG_PATH; DROP TABLE X"));
        assertThrows(IllegalArgumentException.class, () -> ScopedTable.parse("IND_X;path=A=B"));
        assertThrows(IllegalArgumentException.class, () -> ScopedTable.parse("ind_x"));
        assertThrows(IllegalArgumentException.class, () -> ScopedTable.parse("IND_X;colour=RED"));
        assertThrows(IllegalArgumentException.class, () -> new ScopedTable("IND_X", "ORG_PATH", "UNIT;--"));
    }

    @Test
    void migrationsHeaderNamesFolderAndPrefix() {
        ModuleSchemaExtender.Migrations migrations = ModuleSchemaExtender.Migrations.parse("db/industrial;prefix=IND");
        assertEquals("db/industrial", migrations.location());
        assertEquals("IND", migrations.prefix());
        assertThrows(IllegalArgumentException.class, () -> ModuleSchemaExtender.Migrations.parse("db/industrial"));
        assertThrows(IllegalArgumentException.class, () -> ModuleSchemaExtender.Migrations.parse("db/x;prefix=x y"));
    }

    @BeforeEach
    void database() throws SQLException {
        url = "jdbc:derby:memory:scoped" + (++databases);
        try (Connection c = DriverManager.getConnection(url + ";create=true"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE CORE_ORGANIZATION (ID BIGINT NOT NULL PRIMARY KEY, PATH VARCHAR(1000) NOT NULL)");
            s.execute("CREATE TABLE CORE_SCOPED_TABLE (TABLE_NAME VARCHAR(128) NOT NULL PRIMARY KEY, PATH_COLUMN "
                    + "VARCHAR(128) NOT NULL, UNIT_COLUMN VARCHAR(128), BUNDLE VARCHAR(200) NOT NULL, RECORDED_AT TIMESTAMP NOT NULL)");
            s.execute("CREATE TABLE MOD_ROW (ID BIGINT NOT NULL PRIMARY KEY, UNIT_ID BIGINT NOT NULL, ORG_PATH VARCHAR(512))");
            s.execute("INSERT INTO CORE_ORGANIZATION VALUES (1, '/1/'), (2, '/2/'), (3, '/2/3/')");
            // row 10 is current, row 11 stale (its unit moved while nobody rewrote it), row 12 never had a path
            s.execute("INSERT INTO MOD_ROW VALUES (10, 1, '/1/'), (11, 3, '/1/3/'), (12, 3, NULL)");
        }
        dataSource = new DriverManagerDataSource(url);
    }

    @AfterEach
    void drop() {
        try {
            DriverManager.getConnection(url + ";drop=true");
        } catch (SQLException dropped) {
            // Derby reports a successful drop as an exception
        }
    }

    @Test
    void recordingATableBringsStaleAndMissingPathsInLineOnceAndIsIdempotent() throws SQLException {
        List<ScopedTable> tables = ScopedTable.parse("MOD_ROW;path=ORG_PATH;unit=UNIT_ID");
        assertEquals(2, ScopedTables.record(dataSource, "org.example.mod", tables));
        assertEquals(List.of("/1/", "/2/3/", "/2/3/"), paths());
        assertEquals(0, ScopedTables.record(dataSource, "org.example.mod", tables));
        assertEquals(List.of("MOD_ROW org.example.mod"), query("SELECT TABLE_NAME || ' ' || BUNDLE FROM CORE_SCOPED_TABLE"));
    }

    @Test
    void aTableRecordedWithTheSameColumnsIsNotReadAgainButChangedColumnsCatchUp() throws SQLException {
        ScopedTables.record(dataSource, "org.example.mod", ScopedTable.parse("MOD_ROW;path=ORG_PATH;unit=UNIT_ID"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // what only a write racing a move could leave behind: a start does not scan for it
            s.execute("UPDATE MOD_ROW SET ORG_PATH = '/9/' WHERE ID = 10");
        }
        assertEquals(0, ScopedTables.record(dataSource, "org.example.mod", ScopedTable.parse("MOD_ROW;path=ORG_PATH;unit=UNIT_ID")));
        assertEquals(List.of("/9/", "/2/3/", "/2/3/"), paths());
        // a new module version that declares the table under another unit column: recorded again, with its catch-up
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE MOD_ROW ADD COLUMN OWNER_UNIT BIGINT");
            s.execute("UPDATE MOD_ROW SET OWNER_UNIT = UNIT_ID");
        }
        assertEquals(1, ScopedTables.record(dataSource, "org.example.mod", ScopedTable.parse("MOD_ROW;path=ORG_PATH;unit=OWNER_UNIT")));
        assertEquals(List.of("/1/", "/2/3/", "/2/3/"), paths());
        assertEquals(List.of("MOD_ROW OWNER_UNIT"), query("SELECT TABLE_NAME || ' ' || UNIT_COLUMN FROM CORE_SCOPED_TABLE"));
    }

    @Test
    void aCatchUpThatFailsLeavesTheTableUnrecordedSoTheNextStartTriesAgain() throws SQLException {
        // the unit column does not exist: the catch-up fails after the insert, and both are rolled back
        assertThrows(SQLException.class, () -> ScopedTables.record(dataSource, "org.example.mod",
                ScopedTable.parse("MOD_ROW;path=ORG_PATH;unit=NO_SUCH_COLUMN")));
        assertEquals(List.of(), query("SELECT TABLE_NAME FROM CORE_SCOPED_TABLE"));
    }

    @Test
    void aRowAnotherNodeInsertedFirstIsUpdatedNotAFailure() throws SQLException {
        ScopedTable table = new ScopedTable("MOD_ROW", "ORG_PATH", "UNIT_ID");
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(ScopedTables.insert(connection, "org.example.other", table));
            // what a second node finds when it read the table before the first node's insert
            assertFalse(ScopedTables.insert(connection, "org.example.mod", table));
            connection.setAutoCommit(false);
            assertFalse(ScopedTables.insert(connection, "org.example.mod", table));
            // the transaction goes on after the refused insert
            assertEquals(1, connection.createStatement().executeUpdate("UPDATE CORE_SCOPED_TABLE SET BUNDLE = 'b'"));
            connection.commit();
        }
        assertEquals(List.of("MOD_ROW b"), query("SELECT TABLE_NAME || ' ' || BUNDLE FROM CORE_SCOPED_TABLE"));
    }

    @Test
    void theMoveStatementRewritesOnlyTheMovedSubtree() throws SQLException {
        ScopedTable table = new ScopedTable("MOD_ROW", "ORG_PATH", "UNIT_ID");
        try (Connection c = dataSource.getConnection(); PreparedStatement move = c.prepareStatement(table.moveSql())) {
            c.createStatement().execute("UPDATE MOD_ROW SET ORG_PATH = '/2/3/' WHERE ID = 12");
            move.setString(1, "/1/3/");
            move.setInt(2, "/2/3/".length() + 1);
            move.setString(3, "/2/3/%");
            assertEquals(1, move.executeUpdate());
        }
        assertEquals(List.of("/1/", "/1/3/", "/1/3/"), paths());
    }

    private List<String> paths() throws SQLException {
        return query("SELECT ORG_PATH FROM MOD_ROW ORDER BY ID");
    }

    private List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The smallest DataSource over DriverManager (autocommit, like a pooled connection outside a transaction). */
    private record DriverManagerDataSource(String url) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
