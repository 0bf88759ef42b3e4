package org.grassroots.core.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;

/**
 * A database of the released schema (core at V5) migrates to the file store, notifications, notices and collection
 * tasks (V7 to V9); a lower version written on a parallel branch that arrives afterwards is still applied (out of order).
 */
class CoreMigrationTest {

    @Test
    void aDatabaseAtV5MigratesAndALateV6IsStillApplied() throws SQLException {
        // Derby's log goes to the build folder, not into the source tree
        System.setProperty("derby.stream.error.file", "target/derby.log");
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:core-migration-" + System.nanoTime());
        db.setCreateDatabase("create");
        Flyway.configure(CoreSchema.class.getClassLoader()).dataSource(db).table("CORE_SCHEMA_HISTORY")
                .locations("classpath:db/core").baselineOnMigrate(true).baselineVersion("0").target("5").load().migrate();
        assertEquals(0, count(db, "SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = 'CORE_ATTACHMENT'"));

        // V7, V8, V9 (and a V6 of a parallel branch once it has landed)
        assertTrue(SchemaMigrations.migrate(db, CoreSchema.class, "CORE", "db/core") >= 3);
        for (String table : new String[] { "CORE_ATTACHMENT", "CORE_ATTACHMENT_CONTENT", "CORE_NOTIFICATION",
                "CORE_NOTIFICATION_STATE", "CORE_NOTICE", "CORE_NOTICE_RECEIPT", "CORE_COLLECTION",
                "CORE_COLLECTION_SUBMISSION" }) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = '" + table + "'"), table);
        }
        assertEquals(5, count(db, "SELECT COUNT(*) FROM CORE_SEQUENCE WHERE SEQ_NAME IN "
                + "('ATTACHMENT', 'NOTIFICATION', 'NOTICE', 'COLLECTION', 'LEAVING')"));
        // V10.20: members who left the roll, and the list index that carries the status
        assertEquals(1, count(db, "SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = 'CORE_MEMBER_LEAVING'"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM SYS.SYSCONGLOMERATES WHERE CONGLOMERATENAME = 'CORE_MEMBER_ORG_PATH_IX'"));
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO CORE_MEMBER_LEAVING (ID, MEMBER_ID, REASON, LEFT_ON, STATUS_BEFORE, RECORDED_BY, RECORDED_AT) "
                        + "VALUES (1, 7, 'TRANSFERRED_OUT', DATE('2024-05-01'), 'NORMAL', 'admin', CURRENT_TIMESTAMP)")) {
            assertEquals(1, s.executeUpdate());
        }

        Flyway.configure(CoreSchema.class.getClassLoader()).dataSource(db).table("CORE_SCHEMA_HISTORY")
                .locations("classpath:db/core", "classpath:db/core-late").outOfOrder(true).load().migrate();
        assertEquals(1, count(db, "SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = 'CORE_LATE_ARRIVAL'"));
        assertTrue(count(db, "SELECT COUNT(*) FROM CORE_SCHEMA_HISTORY WHERE \"version\" = '6.9' AND \"success\" = TRUE") == 1);
        try {
            DriverManager.getConnection("jdbc:derby:" + db.getDatabaseName() + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a dropped in-memory database as an exception
        }
    }

    private static int count(EmbeddedDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}
