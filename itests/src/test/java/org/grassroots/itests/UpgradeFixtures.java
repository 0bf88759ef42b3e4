package org.grassroots.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.KarafInstance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 25, point 4: every fixture database of an earlier release ({@code itests/fixtures/db/grassroots-VERSION-demo
 * .tar.gz}, made by {@code make-fixture.sh} from the demo district when that release was cut) is restored into the
 * built distribution, which must start, migrate it forward and keep its data: every table of the fixture is still
 * there with its rows (migration histories and the audit trail may grow), no schema goes back. The fixture of the
 * current release itself is skipped (it is what the next release checks).
 */
final class UpgradeFixtures {
    private static final Duration STARTUP = Duration.ofSeconds(300);

    private UpgradeFixtures() {
    }

    /** @return how many fixtures were checked */
    static int check(Path parent) throws Exception {
        Path fixtures = Path.of(System.getProperty("basedir", ".")).resolve("fixtures/db");
        String current = District.distributionVersion();
        List<Path> archives;
        try (Stream<Path> files = Files.exists(fixtures) ? Files.list(fixtures) : Stream.empty()) {
            archives = files.filter(p -> p.getFileName().toString().matches("grassroots-.*-demo\\.tar\\.gz"))
                    .filter(p -> !p.getFileName().toString().equals("grassroots-" + current + "-demo.tar.gz")).sorted().toList();
        }
        for (Path archive : archives) {
            upgrade(archive, parent.resolve(archive.getFileName().toString().replace(".tar.gz", "")));
        }
        System.out.println("UPGRADE: " + archives.size() + " fixture database(s) of earlier releases migrated by " + current
                + (archives.isEmpty() ? " (none yet in " + fixtures + ")" : ": " + archives));
        return archives.size();
    }

    private static void upgrade(Path archive, Path work) throws Exception {
        Files.createDirectories(work);
        run(work, "tar", "-xzf", archive.toString(), "-C", work.toString());
        Path backup;
        try (Stream<Path> entries = Files.list(work)) {
            backup = entries.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no backup folder in " + archive));
        }
        JsonNode fixture = Api.JSON.readTree(backup.resolve("manifest.json").toFile());
        KarafInstance karaf = KarafInstance.unpack(RestartPersistenceIT.distribution(), work.resolve("karaf"), false);
        Path keys = Files.createDirectories(karaf.home().resolve("etc/security"));
        for (String key : List.of("personal-data.key", "token-signing.key")) {
            Files.copy(backup.resolve(key), keys.resolve(key), StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals("bin/grassroots-restore of " + archive, 0,
                run(karaf.home(), "sh", karaf.home().resolve("bin/grassroots-restore").toString(), backup.toString()));
        try {
            karaf.start(STARTUP);
            JsonNode made = karaf.api().post("/backups", Json.obj("reason", "after the upgrade from " + archive.getFileName()))
                    .expect(201).json();
            JsonNode now = Api.JSON.readTree(Path.of(made.path("folder").asText()).resolve("manifest.json").toFile());
            fixture.path("tables").fields().forEachRemaining(table -> {
                JsonNode after = now.path("tables").path(table.getKey());
                assertTrue(archive + ": table " + table.getKey() + " is gone", after.has("rows"));
                long rows = table.getValue().path("rows").asLong();
                if (table.getKey().endsWith("_SCHEMA_HISTORY") || table.getKey().equals("CORE_AUDIT")) {
                    assertTrue(archive + ": " + table.getKey(), after.path("rows").asLong() >= rows);
                } else {
                    assertEquals(archive + ": rows of " + table.getKey(), rows, after.path("rows").asLong());
                }
            });
            fixture.path("schemaVersions").fields().forEachRemaining(schema -> {
                String version = now.path("schemaVersions").path(schema.getKey()).asText("-");
                assertTrue(archive + ": schema " + schema.getKey() + " went back to " + version, !"-".equals(version)
                        && compareVersions(version, schema.getValue().asText()) >= 0);
            });
        } finally {
            karaf.stop(Duration.ofSeconds(60));
        }
    }

    /** Flyway's order: dotted numbers compared part by part ("10.24" after "9"). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static int run(Path directory, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(String.join(" ", command) + " did not end", process.waitFor(300, TimeUnit.SECONDS));
        if (process.exitValue() != 0) {
            System.out.println(String.join(" ", command) + ": " + output);
        }
        return process.exitValue();
    }
}
