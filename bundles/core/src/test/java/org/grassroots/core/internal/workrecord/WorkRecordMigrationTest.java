package org.grassroots.core.internal.workrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;

/**
 * The work-record tables migrate on Derby; a version of a section's text is stored once (a second writer of the
 * same version is refused by the database), and deleting a snapshot deletes its figures.
 */
class WorkRecordMigrationTest {

    @Test
    void draftsAreUniquePerVersionAndSnapshotsOwnTheirFigures() throws SQLException {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:work-record-" + System.nanoTime());
        db.setCreateDatabase("create");
        SchemaMigrations.migrate(db, CoreSchema.class, "CORE", "db/core");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO CORE_ORGANIZATION (ID, CODE, NAME, PATH, DEPTH, UNIT_TYPE, PARTY_ORG_TYPE, STATUS,"
                    + " VERSION) VALUES (1, 'GX', '高新区', '/1/', 0, 'DISTRICT', 'WORKING_COMMITTEE', 'ACTIVE', 1)");
            String draft = "INSERT INTO CORE_WR_DRAFT (ID, UNIT_ID, UNIT_PATH, RECORD_YEAR, MODULE_ID, VERSION, BODY,"
                    + " FIGURES, WRITTEN_AT, WRITTEN_BY) VALUES (%d, 1, '/1/', 2024, 'rural', 1, '示范村53个。',"
                    + " 'villages=53.0', CURRENT_TIMESTAMP, 'admin')";
            s.executeUpdate(String.format(draft, 1));
            assertThrows(SQLException.class, () -> s.executeUpdate(String.format(draft, 2)));
            s.executeUpdate("INSERT INTO CORE_WR_SNAPSHOT (ID, UNIT_ID, UNIT_PATH, RECORD_YEAR, FROZEN_AT, FROZEN_BY)"
                    + " VALUES (1, 1, '/1/', 2024, CURRENT_TIMESTAMP, 'admin')");
            s.executeUpdate("INSERT INTO CORE_WR_FROZEN_FIGURE (ID, SNAPSHOT_ID, ORDINAL, MODULE_ID, FIGURE_ID, FIGURE_VALUE,"
                    + " FIGURE_UNIT, LABEL_ZH, LABEL_EN) VALUES (1, 1, 0, 'rural', 'villages', 53.0, 'villages', '示范村', 'x')");
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO CORE_WR_SNAPSHOT (ID, UNIT_ID, UNIT_PATH,"
                    + " RECORD_YEAR, FROZEN_AT, FROZEN_BY) VALUES (2, 1, '/1/', 2024, CURRENT_TIMESTAMP, 'other')"));
            s.executeUpdate("DELETE FROM CORE_WR_SNAPSHOT WHERE ID = 1");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM CORE_WR_FROZEN_FIGURE"));
            assertEquals(3, count(c, "SELECT COUNT(*) FROM CORE_SEQUENCE WHERE SEQ_NAME LIKE 'WR_%'"));
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + db.getDatabaseName() + ";drop=true").close();
        } catch (SQLException expected) {
            // Derby reports a dropped in-memory database as an exception
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}
