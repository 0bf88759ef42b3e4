package org.grassroots.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.grassroots.core.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;

/** A database written by a newer release (its history knows a version core does not ship) is refused untouched. */
class SchemaVersionGuardTest {

    @Test
    void aHistoryWithAVersionTheCodeDoesNotKnowIsRefusedAndLeftAlone() throws SQLException {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:schema-guard-" + System.nanoTime());
        db.setCreateDatabase("create");
        SchemaMigrations.migrate(db, CoreSchema.class, "CORE", "db/core");
        assertEquals(0, SchemaMigrations.migrate(db, CoreSchema.class, "CORE", "db/core"), "a current database migrates as before");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO CORE_SCHEMA_HISTORY (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES "
                    + "(999, '999.1', 'from a newer release', 'SQL', 'V999_1__newer.sql', 0, 'test', 0, TRUE)");
        }
        int rows = count(db, "SELECT COUNT(*) FROM CORE_SCHEMA_HISTORY");

        SchemaVersionGuard.DatabaseTooNewException refused = assertThrows(SchemaVersionGuard.DatabaseTooNewException.class,
                () -> SchemaMigrations.migrate(db, CoreSchema.class, "CORE", "db/core"));
        assertTrue(refused.getMessage().contains("CORE_SCHEMA_HISTORY records migration version(s) 999.1"), refused.getMessage());
        assertTrue(refused.text().chinese().startsWith("数据库比当前版本新"), refused.text().chinese());
        assertEquals(rows, count(db, "SELECT COUNT(*) FROM CORE_SCHEMA_HISTORY"), "nothing is written");
        assertTrue(SchemaVersionGuard.refusals().containsKey("CORE"));
        SchemaHealth health = new SchemaHealth();
        assertTrue(health.problem().contains("999.1"));
        assertTrue(health.notice().chinese().contains("999.1"));

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM CORE_SCHEMA_HISTORY WHERE \"version\" = '999.1'");
        }
        SchemaMigrations.migrate(db, CoreSchema.class, "CORE", "db/core");
        assertTrue(SchemaVersionGuard.refusals().isEmpty(), "a database the code knows again is accepted");
        assertEquals(null, health.problem());
    }

    private static int count(EmbeddedDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}
