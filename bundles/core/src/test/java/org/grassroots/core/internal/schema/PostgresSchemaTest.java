package org.grassroots.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL-only schema work leaves Derby alone, and its index names fit PostgreSQL's 63 characters without two
 * long names colliding (PostgresDistrictIT checks the indexes on a real server).
 */
class PostgresSchemaTest {

    @Test
    void indexNamesAreTheColumnsNameOrAHashedNameThatFits() {
        assertEquals("CORE_MEMBER_ORG_PATH_PFX", PostgresSchema.indexName(new ScopedTable("CORE_MEMBER", "ORG_PATH", null)));
        String table = "A_VERY_LONG_MODULE_TABLE_NAME_THAT_GOES_ON_AND_ON";
        String first = PostgresSchema.indexName(new ScopedTable(table + "_ONE", "ORG_PATH", null));
        String second = PostgresSchema.indexName(new ScopedTable(table + "_TWO", "ORG_PATH", null));
        assertTrue(first.length() <= 63, first);
        assertTrue(first.endsWith("_PFX"), first);
        assertNotEquals(first, second);
    }

    @Test
    void onDerbyNothingIsCreated() throws SQLException {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:postgres-schema-" + System.nanoTime());
        db.setCreateDatabase("create");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE T_UNIT (ID BIGINT NOT NULL PRIMARY KEY, ORG_PATH VARCHAR(1000) NOT NULL)");
        }
        assertFalse(PostgresSchema.isPostgres(db));
        PostgresSchema.prepareTypes(db);
        PostgresSchema.ensurePrefixIndexes(db, List.of(new ScopedTable("T_UNIT", "ORG_PATH", null)));
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM SYS.SYSCONGLOMERATES WHERE CONGLOMERATENAME LIKE '%PFX'")) {
            r.next();
            assertEquals(0, r.getInt(1));
        }
    }
}
