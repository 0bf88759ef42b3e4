package org.grassroots.core.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.Test;

/** Derby's online backup while rows are written, the copy's digests, and the manifest's checksums. */
class DerbyCopierTest {

    @Test
    void copiesWhileWritingAndDigestsTheCopy() throws Exception {
        Path work = workDirectory("derby-copier-");
        EmbeddedDataSource live = liveDatabase(work.resolve("grassroots"));
        try (Connection c = live.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE T_SCHEMA_HISTORY (\"version\" VARCHAR(50), \"success\" BOOLEAN)");
            s.executeUpdate("INSERT INTO T_SCHEMA_HISTORY VALUES ('1', TRUE), ('10', TRUE), ('2', TRUE), ('11', FALSE)");
        }
        for (int i = 0; i < 50; i++) {
            insert(live, i);
        }
        // a writer keeps going during the backup: the copy is consistent at some point, every committed row whole
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger(50);
        Thread writer = new Thread(() -> {
            while (!stop.get()) {
                try {
                    insert(live, written.getAndIncrement());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        writer.start();
        Path folder = Files.createDirectories(work.resolve("backup"));
        DatabaseCopier.Copy copy;
        try {
            copy = new DerbyCopier(new EmbeddedDriver()).copy(live, folder);
        } finally {
            stop.set(true);
            writer.join();
        }

        assertTrue(copy.product().startsWith("Apache Derby"), copy.product());
        assertEquals(Map.of("T", "10"), copy.schemaVersions(), "the newest successful version, compared as versions");
        long rows = copy.tables().get("T_ITEM").rows();
        assertTrue(rows >= 50 && rows <= written.get(), rows + " of " + written.get());
        assertTrue(Files.isDirectory(folder.resolve("db/grassroots")));

        // the copy opens on its own and holds exactly what was digested
        EmbeddedDataSource restored = new EmbeddedDataSource();
        restored.setDatabaseName(folder.resolve("db/grassroots").toString());
        try (Connection c = restored.getConnection()) {
            assertEquals(copy.tables(), TableDigests.of(c));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE T_ITEM SET NAME = 'changed' WHERE ID = 7");
            }
            assertNotEquals(copy.tables().get("T_ITEM").hash(), TableDigests.of(c).get("T_ITEM").hash(),
                    "a changed value changes the table's hash");
        }

        List<BackupManifest.FileSum> files = BackupManifest.checksums(folder);
        BackupManifest.write(folder, Map.of("format", 1), copy, files, "-");
        assertEquals(files.size(), Files.readAllLines(folder.resolve(BackupManifest.CHECKSUMS), StandardCharsets.UTF_8).size());
        assertEquals(rows, BackupManifest.read(folder).path("tables").path("T_ITEM").path("rows").asLong());
    }

    /**
     * The database CI once had: the file of a dropped index under its live name, whose stub is gone. Derby's online
     * backup refuses it every time (XSRS5); the copier copies it frozen, and the database takes writes afterwards.
     */
    @Test
    void copiesADatabaseHoldingADroppedTablesFileUnderItsLiveName() throws Exception {
        Path work = workDirectory("derby-copier-leftover-");
        Path database = work.resolve("grassroots");
        EmbeddedDataSource live = liveDatabase(database);
        try (Connection c = live.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE T_GONE (ID INT PRIMARY KEY)");
            s.executeUpdate("DROP TABLE T_GONE");
        }
        for (int i = 0; i < 20; i++) {
            insert(live, i);
        }
        // the drop's stubs appear after the commit; put them back under the live names, as an interrupted drop leaves
        List<Path> stubs = List.of();
        for (int wait = 0; wait < 100 && stubs.isEmpty(); wait++) {
            Thread.sleep(50);
            try (var files = Files.list(database.resolve("seg0"))) {
                stubs = files.filter(f -> f.getFileName().toString().startsWith("d")).toList();
            }
        }
        assertFalse(stubs.isEmpty(), "Derby left no stub for the dropped table");
        for (Path stub : stubs) {
            Files.copy(stub, stub.resolveSibling("c" + stub.getFileName().toString().substring(1)));
        }
        shutDown(database);
        live.setCreateDatabase(null);
        try (Connection c = live.getConnection(); var backup = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, work.resolve("online").toString());
            SQLException refused = assertThrows(SQLException.class, backup::execute, "Derby's online backup took it");
            assertEquals("XSRS5", refused.getSQLState());
        }

        Path folder = Files.createDirectories(work.resolve("backup"));
        DatabaseCopier.Copy copy = new DerbyCopier(new EmbeddedDriver()).copy(live, folder);

        assertEquals(20, copy.tables().get("T_ITEM").rows());
        Path copied = folder.resolve("db/grassroots");
        assertFalse(Files.exists(copied.resolve("db.lck")), "the live engine's lock was copied");
        EmbeddedDataSource restored = new EmbeddedDataSource();
        restored.setDatabaseName(copied.toString());
        try (Connection c = restored.getConnection()) {
            assertEquals(copy.tables(), TableDigests.of(c));
        }
        insert(live, 20); // unfrozen
    }

    private static Path workDirectory(String prefix) throws java.io.IOException {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        return Files.createDirectories(Paths.get("target", prefix + System.nanoTime()).toAbsolutePath());
    }

    /** A new database at {@code database} with the table {@link #insert} writes to. */
    private static EmbeddedDataSource liveDatabase(Path database) throws SQLException {
        EmbeddedDataSource live = new EmbeddedDataSource();
        live.setDatabaseName(database.toString());
        live.setCreateDatabase("create");
        try (Connection c = live.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE T_ITEM (ID INT PRIMARY KEY, NAME VARCHAR(40), PRICE DECIMAL(9,2), CONTENT BLOB)");
        }
        return live;
    }

    private static void shutDown(Path database) {
        try {
            new EmbeddedDriver().connect("jdbc:derby:" + database + ";shutdown=true", new java.util.Properties());
        } catch (SQLException expected) {
            assertEquals("08006", expected.getSQLState());
        }
    }

    private static void insert(EmbeddedDataSource db, int id) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO T_ITEM VALUES (?, ?, ?, ?)")) {
            s.setInt(1, id);
            s.setString(2, id % 7 == 0 ? null : "item " + id);
            s.setBigDecimal(3, new java.math.BigDecimal(id + ".50"));
            s.setBytes(4, ("content of " + id).getBytes(StandardCharsets.UTF_8));
            s.executeUpdate();
        }
    }
}
