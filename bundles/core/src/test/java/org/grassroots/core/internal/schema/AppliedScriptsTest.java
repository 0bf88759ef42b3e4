package org.grassroots.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.grassroots.core.schema.SchemaMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shortcut past Flyway holds exactly when Flyway itself would find nothing to do. */
class AppliedScriptsTest {
    private EmbeddedDataSource db;

    @BeforeEach
    void migrated() {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        db = new EmbeddedDataSource();
        db.setDatabaseName("memory:applied-scripts-" + System.nanoTime());
        db.setCreateDatabase("create");
        SchemaMigrations.migrate(db, CoreSchema.class, "CORE", "db/core");
    }

    @Test
    void theChecksumsAreFlywaysForEveryScriptCoreShips() throws Exception {
        Map<String, Integer> scripts = coreScripts();
        assertTrue(scripts.size() >= 20, scripts.toString());
        try (Connection c = db.getConnection()) {
            // Flyway wrote each checksum into the history when it applied the script
            assertEquals(scripts, AppliedScripts.applied(c, "CORE"));
        }
    }

    @Test
    void anyDifferenceFromTheHistoryMeansFlywayDecides() throws Exception {
        Map<String, Integer> scripts = coreScripts();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            Map<String, Integer> newScript = new HashMap<>(scripts);
            newScript.put("999", 1);
            assertNotEquals(newScript, AppliedScripts.applied(c, "CORE"), "a script not applied yet");

            s.executeUpdate("UPDATE CORE_SCHEMA_HISTORY SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'");
            assertNotEquals(scripts, AppliedScripts.applied(c, "CORE"), "a script changed since it ran");
            s.executeUpdate("UPDATE CORE_SCHEMA_HISTORY SET \"checksum\" = \"checksum\" - 1 WHERE \"version\" = '1'");
            assertEquals(scripts, AppliedScripts.applied(c, "CORE"));

            s.executeUpdate("INSERT INTO CORE_SCHEMA_HISTORY (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES "
                    + "(999, '999.1', 'from a newer release', 'SQL', 'V999_1__newer.sql', 0, 'test', 0, TRUE)");
            assertNotEquals(scripts, AppliedScripts.applied(c, "CORE"), "a version this bundle does not ship");
            s.executeUpdate("UPDATE CORE_SCHEMA_HISTORY SET \"success\" = FALSE WHERE \"version\" = '999.1'");
            assertNull(AppliedScripts.applied(c, "CORE"), "a failed migration");

            assertThrows(SQLException.class, () -> AppliedScripts.applied(c, "NOPE"), "no history yet");
        }
    }

    @Test
    void outsideABundleFlywayAlwaysDecides() {
        assertFalse(AppliedScripts.upToDate(db, CoreSchema.class.getClassLoader(), "CORE", "db/core"));
    }

    @Test
    void onlyFlywaysVersionedNamesAreTakenAndAByteOrderMarkIsNotPartOfTheChecksum() throws IOException {
        Map<String, Integer> scripts = new HashMap<>();
        File any = new File("src/main/resources/db/core/V1__organizations_members.sql");
        assertTrue(AppliedScripts.add(scripts, "V1_2__two_parts.sql", any.toURI().toURL()));
        assertTrue(scripts.containsKey("1.2"));
        assertFalse(AppliedScripts.add(scripts, "R__repeatable.sql", any.toURI().toURL()));
        assertFalse(AppliedScripts.add(scripts, "README.md", any.toURI().toURL()));
        assertFalse(AppliedScripts.add(scripts, "V1_2__same_version_again.sql", any.toURI().toURL()));
        assertEquals(AppliedScripts.checksum(stream("CREATE TABLE X (A INT);\nDROP TABLE X;\n")),
                AppliedScripts.checksum(stream("\uFEFFCREATE TABLE X (A INT);\r\nDROP TABLE X;")));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Integer> coreScripts() throws IOException {
        Map<String, Integer> scripts = new HashMap<>();
        File[] files = new File("src/main/resources/db/core").listFiles();
        for (File file : files) {
            assertTrue(AppliedScripts.add(scripts, file.getName(), file.toURI().toURL()), file.getName());
        }
        return scripts;
    }
}
