package org.grassroots.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.grassroots.core.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;

/**
 * The months' roll-up on Derby: V5 fills it from the dues already stored, and the recount the module runs after each
 * write counts the dues by status and sums them the way the figures always did (exempt dues expect nothing).
 */
class MonthTotalsTest {

    @Test
    void theRollUpCountsAndSumsEachMonthsDues() throws SQLException {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:dues-totals-" + System.nanoTime());
        db.setCreateDatabase("create");
        // the dues of an installation before V5, then V5
        Flyway.configure(MonthTotalsTest.class.getClassLoader()).dataSource(db).table("DUES_SCHEMA_HISTORY")
                .locations("classpath:db/dues").target("4").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            month(s, 1, 202403);
            month(s, 2, 202404);
            due(s, 10, 1, 101, "PAID", "40.00", "40.00", 0);
            due(s, 11, 1, 102, "UNPAID", "75.02", null, 0);
            due(s, 12, 1, 103, "EXEMPT", "0.20", null, 0);
            due(s, 13, 2, 101, "PAID", "40.00", "40.00", 1);
            SchemaMigrations.migrate(db, MonthTotalsTest.class, "DUES", "db/dues");
            assertEquals("3 1 1 1 115.02 40.00", totals(c, 1));
            assertEquals("1 1 0 0 40.00 40.00", totals(c, 2));
            // paying the unpaid one, then recounting as the module does
            s.executeUpdate("UPDATE DUES_DUE SET STATUS = 'PAID', PAID_AMOUNT = AMOUNT_DUE WHERE ID = 11");
            s.executeUpdate("INSERT INTO DUES_MONTH (ID, ORGANIZATION_ID, ORG_PATH, PERIOD, STATUS, OPENED_AT, OPENED_BY, VERSION)"
                    + " VALUES (3, 7, '/1/7/', 202405, 'OPEN', CURRENT_TIMESTAMP, 'admin', 1)");
            for (long month : new long[] {1, 3}) {
                s.executeUpdate("DELETE FROM " + MonthTotals.TABLE + " WHERE MONTH_ID = " + month);
                try (PreparedStatement recount = c.prepareStatement(MonthTotals.RECOUNT)) {
                    recount.setLong(1, month);
                    assertEquals(1, recount.executeUpdate());
                }
            }
            assertEquals("3 2 0 1 115.02 115.02", totals(c, 1));
            assertEquals("0 0 0 0 0.00 0.00", totals(c, 3));
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + db.getDatabaseName() + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a dropped in-memory database as an exception
        }
    }

    private static void month(Statement s, long id, int period) throws SQLException {
        s.executeUpdate("INSERT INTO DUES_MONTH (ID, ORGANIZATION_ID, ORG_PATH, PERIOD, STATUS, OPENED_AT, OPENED_BY, VERSION)"
                + " VALUES (" + id + ", 7, '/1/7/', " + period + ", 'SETTLED', CURRENT_TIMESTAMP, 'admin', 1)");
    }

    private static void due(Statement s, long id, long month, long member, String status, String amount, String paid, int back)
            throws SQLException {
        s.executeUpdate("INSERT INTO DUES_DUE (ID, MONTH_ID, MEMBER_ID, MEMBER_NAME, ORGANIZATION_ID, ORG_PATH, PERIOD, CATEGORY,"
                + " AMOUNT_DUE, STATUS, PAID_AMOUNT, BACK_PAYMENT, VERSION) VALUES (" + id + ", " + month + ", " + member
                + ", '张三', 7, '/1/7/', " + (202402 + month) + ", 'EMPLOYED', " + amount + ", '" + status + "', " + paid + ", "
                + back + ", 1)");
    }

    private static String totals(Connection c, long month) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT DUES, PAID, UNPAID, EXEMPT, EXPECTED, COLLECTED FROM "
                + MonthTotals.TABLE + " WHERE MONTH_ID = ?")) {
            s.setLong(1, month);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) + " " + r.getInt(2) + " " + r.getInt(3) + " " + r.getInt(4) + " "
                        + r.getBigDecimal(5).toPlainString() + " " + r.getBigDecimal(6).toPlainString();
            }
        }
    }
}
