package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Fixtures;
import org.grassroots.itests.support.IdNumbers;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.KarafInstance;
import org.grassroots.itests.support.RowCounts;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 25, points 3 and 4, on real processes: an online backup taken while two clients write members and files
 * holds every write acknowledged before it began, none begun after it ended, and each whole; restored into a fresh
 * distribution with bin/grassroots-restore it starts (a database of this release opens and migrates) and every
 * table equals the backup (rows and content hash, compared through a backup of the restored instance); a database
 * whose history names a version the code does not know is refused at start, with the reason in the log and on
 * /api/health. Run from {@link RestartPersistenceIT} to share its instance.
 */
final class BackupRestoreSteps {
    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);
    private static final byte[] PNG_HEAD = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

    /** One acknowledged write: when it was sent and answered, what it made. */
    record Write(long sentNanos, long answeredNanos, String path, byte[] content) {
    }

    private BackupRestoreSteps() {
    }

    static void run(KarafInstance original, Path parent) throws Exception {
        Api api = original.api();
        // the modules' APIs too, not only core's (start() waits for core)
        api.awaitSettled(STARTUP);
        Fixtures fixtures = new Fixtures(api);
        JsonNode root = fixtures.root("BAK");
        long branch = id(fixtures.branch(root, "BAKB"));
        JsonNode park = fixtures.unit(Fixtures.code("BAKP"), null, "PARK", "COMMITTEE");
        api.putWithoutVersion("/modules/industrial/enablement/" + id(park), Json.obj("enabled", true)).expect(200);
        JsonNode enterprise = fixtures.unit(Fixtures.code("BAKE"), id(park), "ENTERPRISE", "BRANCH");
        long request = id(api.post("/api/industrial/requests", Json.obj("organizationId", id(enterprise), "category",
                "POLICY", "title", "备份测试诉求")).expect(201).json());

        // ---- two clients write while the backup runs
        List<Write> writes = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread members = writer(stop, failed, () -> {
            long sent = System.nanoTime();
            JsonNode member = api.post("/members", Fixtures.memberDraft("备份党员", IdNumbers.next(false), branch)).expect(201).json();
            writes.add(new Write(sent, System.nanoTime(), "/members/" + id(member), null));
        });
        Random random = new Random(25);
        Thread files = writer(stop, failed, () -> {
            byte[] content = new byte[PNG_HEAD.length + 2048 + random.nextInt(4096)];
            random.nextBytes(content);
            System.arraycopy(PNG_HEAD, 0, content, 0, PNG_HEAD.length);
            long sent = System.nanoTime();
            JsonNode file = api.postBytes("/attachments?module=industrial&ownerType=request&ownerId=" + request
                    + "&filename=" + URLEncoder.encode("现场照片.png", StandardCharsets.UTF_8), "image/png", content)
                    .expect(201).json();
            writes.add(new Write(sent, System.nanoTime(), "/attachments/" + id(file) + "/content", content));
        });
        long warmUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (writes.size() < 20 && failed.get() == null && System.nanoTime() < warmUp) {
            Api.sleep(50);
        }
        assertEquals("the writers failed", null, failed.get());
        long backupSent = System.nanoTime();
        int writtenBefore = writes.size();
        JsonNode backup = api.post("/backups", Json.obj("reason", "备份测试 under write load")).expect(201).json();
        long backupAnswered = System.nanoTime();
        int writtenDuring = writes.size() - writtenBefore;
        Api.sleep(300);
        stop.set(true);
        members.join(30_000);
        files.join(30_000);
        if (failed.get() != null) {
            throw new AssertionError("a writer failed", failed.get());
        }
        api.post("/backups", Json.obj()).expectInvalid("reason");
        Path folder = Path.of(backup.path("folder").asText());
        JsonNode manifest = Api.JSON.readTree(folder.resolve("manifest.json").toFile());
        assertTrue("writes went on during the backup: " + writtenDuring, writtenDuring > 0);
        assertEquals(backup.path("rows").asLong(), manifest.path("totals").path("rows").asLong());
        assertTrue(manifest.toString(), manifest.path("tables").has("CORE_MEMBER") && manifest.path("tables").has("CORE_ATTACHMENT_CONTENT"));
        assertTrue(api.get("/backups").expect(200).json().toString().contains(folder.getFileName().toString()));

        // ---- restore into a fresh distribution: refused without the key, done with it
        assertTrue(original.stop(SHUTDOWN));
        KarafInstance restored = KarafInstance.unpack(RestartPersistenceIT.distribution(), parent.resolve("restored"), false);
        assertEquals(restore(restored, folder), 5, exitCode(restored, folder));
        Path keys = restored.home().resolve("etc/security");
        Files.createDirectories(keys);
        for (String key : List.of("personal-data.key", "token-signing.key")) {
            Files.copy(original.home().resolve("etc/security").resolve(key), keys.resolve(key), StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(restore(restored, folder), 0, exitCode(restored, folder));
        try {
            restored.start(STARTUP);
            Api after = restored.api();
            after.awaitSettled(STARTUP);
            // first, before any read writes its READ_PERSONAL audit line: a backup of the restored instance
            JsonNode again = after.post("/backups", Json.obj("reason", "compare the restore")).expect(201).json();
            JsonNode second = Api.JSON.readTree(Path.of(again.path("folder").asText()).resolve("manifest.json").toFile());
            Map<String, String> backedUp = tables(manifest);
            Map<String, String> restoredTables = tables(second);
            for (String bookkeeping : RowCounts.NODE_BOOKKEEPING) {
                // the restored instance is another node (another port): it adds its own rows, the backup's stay
                assertTrue(bookkeeping + " lost rows in the restore: " + restoredTables.get(bookkeeping),
                        rows(restoredTables.remove(bookkeeping)) >= rows(backedUp.remove(bookkeeping)));
            }
            assertEquals("every table of the restored instance equals the backup", backedUp, restoredTables);
            int present = 0;
            for (Write write : writes) {
                Api.Response answer = after.get(write.path());
                if (write.answeredNanos() < backupSent) {
                    assertEquals(write.path() + " was acknowledged before the backup began", 200, answer.status());
                } else if (write.sentNanos() > backupAnswered) {
                    assertEquals(write.path() + " was sent after the backup ended", 404, answer.status());
                }
                if (answer.status() == 200) {
                    present++;
                    if (write.content() != null) {
                        assertArrayEquals(write.path(), write.content(), answer.bytes());
                    }
                }
            }
            System.out.printf("BACKUP-RESTORE: backup of %d tables, %d rows, %d files (%d bytes) in %d ms under write load "
                            + "(%d writes during it); restored: %d of %d writes present, every table equal%n",
                    backup.path("tables").asInt(), backup.path("rows").asLong(), backup.path("files").asInt(),
                    backup.path("bytes").asLong(), backup.path("durationMillis").asLong(), writtenDuring, present, writes.size());
            assertTrue(restored.stop(SHUTDOWN));

            // ---- a database newer than the code (a downgrade) is refused, untouched
            addFutureMigration(restored.home().resolve("data/db/grassroots"));
            JsonNode health = restored.startRefused(STARTUP);
            assertEquals(health.toString(), "DOWN", health.path("status").asText());
            String zh = health.path("notices").path("schema").path("zh-CN").asText();
            String en = health.path("notices").path("schema").path("en").asText();
            assertTrue(zh, zh.startsWith("数据库比当前版本新") && zh.contains("999.1"));
            assertTrue(en, en.contains("CORE_SCHEMA_HISTORY records migration version(s) 999.1"));
            assertTrue(restored.tail("data/log/karaf.log"), Files.readString(restored.home().resolve("data/log/karaf.log"), StandardCharsets.UTF_8).contains(zh));
            assertFalse("core's API is not served on a refused database",
                    after.get("/organizations/roots").status() == 200);
        } finally {
            restored.stop(SHUTDOWN);
        }
    }

    /** The row count of one table's manifest entry ({@code {"rows":N,"hash":…}}); 0 when the table is missing. */
    private static long rows(String entry) {
        if (entry == null) {
            return 0;
        }
        try {
            return Api.JSON.readTree(entry).path("rows").asLong();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> tables(JsonNode manifest) {
        Map<String, String> tables = new TreeMap<>();
        manifest.path("tables").fields().forEachRemaining(e -> tables.put(e.getKey(), e.getValue().toString()));
        return tables;
    }

    private static String restore(KarafInstance instance, Path folder) {
        return "bin/grassroots-restore " + folder + " in " + instance.home();
    }

    /** Runs bin/grassroots-restore (through sh, whatever mode the archive gave it) and answers its exit code. */
    private static int exitCode(KarafInstance instance, Path folder) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", instance.home().resolve("bin/grassroots-restore").toString(), folder.toString())
                .directory(instance.home().toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("bin/grassroots-restore did not end", process.waitFor(120, TimeUnit.SECONDS));
        System.out.println("bin/grassroots-restore: " + output.trim());
        return process.exitValue();
    }

    /** What a newer release leaves behind: a migration this code does not ship, recorded as applied. */
    private static void addFutureMigration(Path database) throws SQLException {
        System.setProperty("derby.stream.error.file", database.getParent().resolve("itest-derby.log").toString());
        String url = "jdbc:derby:" + database;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO CORE_SCHEMA_HISTORY (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES "
                    + "(9999, '999.1', 'from a newer release', 'SQL', 'V999_1__newer.sql', 0, 'itest', 0, TRUE)");
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (08006)
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Runs {@code step} until stopped or until it fails (the failure is kept for the test to report). */
    private static Thread writer(AtomicBoolean stop, AtomicReference<Throwable> failed, Step step) {
        Thread thread = new Thread(() -> {
            while (!stop.get() && failed.get() == null) {
                try {
                    step.run();
                } catch (Throwable e) {
                    failed.compareAndSet(null, e);
                }
            }
        }, "backup-load");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
