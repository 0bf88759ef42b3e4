package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.Fixtures;
import org.grassroots.itests.support.IdNumbers;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.KarafInstance;
import org.grassroots.itests.support.Postgres;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Data survives a restart: unpacks the built distribution, runs it with {@code bin/karaf server}, writes over
 * HTTP, stops it with {@code bin/stop}, starts it again and reads everything back. A plain JUnit test (no Pax
 * Exam): the point is the real start script and a real second start on the same data directory. Then the backup,
 * restore and downgrade checks of {@link BackupRestoreSteps} on the same instance.
 */
public class RestartPersistenceIT {
    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);

    private KarafInstance karaf;
    private Path unpacked;

    /** Keeps the unpacked instance (logs, data) of a failed run for diagnosis; removes it otherwise. */
    @Rule
    public final TestWatcher outcome = new TestWatcher() {
        @Override
        protected void succeeded(Description description) {
            // runs after @After has stopped the instance
            if (unpacked != null && !karaf.isRunning() && !Boolean.getBoolean("grassroots.itests.keep")) {
                try (Stream<Path> files = Files.walk(unpacked)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // left for mvn clean
                }
            }
        }
    };

    @Before
    public void unpack() throws Exception {
        unpacked = District.workDirectory().toPath().resolve("restart-it").resolve(Long.toString(System.currentTimeMillis()));
        karaf = KarafInstance.unpack(distribution(), unpacked, false).withClassDataSharing();
    }

    @After
    public void stopAlways() {
        if (karaf != null) {
            karaf.stop(SHUTDOWN);
        }
    }

    @Test
    public void unitsMembersAndTransfersSurviveARestart() throws Exception {
        karaf.start(STARTUP);
        Api api = karaf.api();
        Fixtures fixtures = new Fixtures(api);
        assertEquals("demo data is off: the database starts empty", 0,
                api.get("/organizations/roots").expect(200).json().size());

        JsonNode root = fixtures.root("RST");
        JsonNode branch = fixtures.branch(root, "RSTB");
        JsonNode other = fixtures.branch(root, "RSTO");
        JsonNode member = fixtures.member(Json.with(Fixtures.memberDraft("重启党员", IdNumbers.MALE_1980_01_01, id(branch)),
                "tags", Json.arr("骑手")));
        JsonNode transferred = api.post("/members/" + id(member) + "/transfer", Json.obj("toOrganizationId", id(other),
                "transferredOn", "2024-05-01", "reason", "重启前转接", "version", member.get("version").asLong()))
                .expect(200).json();
        JsonNode renamed = api.put("/organizations/" + id(branch), Json.with(Fixtures.unitDraft(
                branch.get("code").asText(), "重启前改名", id(root), "COMMUNITY", "BRANCH")), branch.get("version").asLong())
                .expect(200).json();

        // the first start runs without Karaf's module patches and records a class-data archive when it stops
        assertModulesUnpatchedAnd("-XX:ArchiveClassesAtExit=");
        assertTrue("bin/stop did not end Karaf within " + SHUTDOWN + ":\n" + karaf.tail("data/log/karaf.log"),
                karaf.stop(SHUTDOWN));
        assertFalse(karaf.isRunning());
        assertEquals(1, classDataFiles(".jsa.recorded"));
        karaf.start(STARTUP);
        // ... which the second start checks and uses
        assertModulesUnpatchedAnd("-XX:SharedArchiveFile=");
        assertEquals(1, classDataFiles(".jsa"));
        assertEquals(0, classDataFiles(".jsa.recorded"));

        assertEquals(root, api.get("/organizations/" + id(root)).expect(200).json());
        assertEquals(renamed, api.get("/organizations/" + id(branch)).expect(200).json());
        assertEquals(3, api.get("/organizations?subtreeOf=" + id(root)).expect(200).json().get("total").asLong());
        assertEquals(transferred, api.get("/members/" + id(member)).expect(200).json());
        JsonNode byId = api.get("/members?idNumber=" + IdNumbers.MALE_1980_01_01).expect(200).json();
        assertEquals(1, byId.get("total").asLong());
        assertEquals(1, api.get("/members?subtreeOf=" + id(root) + "&tag=%E9%AA%91%E6%89%8B").expect(200)
                .json().get("total").asLong());
        JsonNode history = api.get("/members/" + id(member) + "/transfers").expect(200).json();
        assertEquals(history.toString(), 1, history.size());
        assertEquals("重启前转接", history.get(0).get("reason").asText());

        // still writable after the restart, with the versions it had; ids keep counting up
        JsonNode after = fixtures.branch(root, "RSTN");
        assertTrue(after.toString(), id(after) > id(other));
        api.put("/organizations/" + id(branch), Fixtures.unitDraft(branch.get("code").asText(), "重启后改名", id(root),
                "COMMUNITY", "BRANCH"), renamed.get("version").asLong()).expect(200);
        fixtures.member(Fixtures.memberDraft("重启后党员", IdNumbers.next(false), id(after)));
        // the same ID number is still taken
        api.post("/members", Fixtures.memberDraft("重复", IdNumbers.MALE_1980_01_01, id(after))).expectInvalid("idNumber");

        // issue 25: online backup under write load, restore into a fresh distribution, refusal of a newer database
        // (here, to share this instance's start: a class of its own would cost a container start more)
        // (Derby only: on PostgreSQL the platform answers 503 by design, the database is backed up with pg_dump and
        // base backups, docs/operator-guide.md "Backup and restore")
        if (!Postgres.suiteWide()) {
            BackupRestoreSteps.run(karaf, unpacked);
        }
        // issue 25, point 4: the fixture databases of earlier releases migrate (none before 0.2)
        UpgradeFixtures.check(unpacked);
    }

    private void assertModulesUnpatchedAnd(String archiveOption) {
        List<String> arguments = karaf.jvmArguments();
        assertTrue(arguments.toString(), arguments.stream().anyMatch(a -> a.startsWith(archiveOption)));
        assertFalse(arguments.toString(), arguments.contains("--patch-module"));
    }

    private long classDataFiles(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(karaf.home().resolve("data/class-data"))) {
            return files.filter(f -> f.getFileName().toString().matches("platform-\\d+" + Pattern.quote(suffix))).count();
        }
    }

    /** The tar.gz the build produced: as resolved by Maven, else in the local repository, else in the reactor. */
    static File distribution() throws IOException {
        return District.distributionFile();
    }
}
