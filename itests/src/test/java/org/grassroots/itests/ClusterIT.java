package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.id;
import static org.grassroots.itests.support.Fixtures.version;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Cluster;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.Fixtures;
import org.grassroots.itests.support.IdNumbers;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.Postgres;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Two platform nodes on one PostgreSQL database (issue 26, point 2; {@link Cluster}, demo data off): what one node
 * writes or decides (a token, a sign-out, a password change, a record, a lockout, an import's progress) holds on the
 * other at once, and a scheduled job runs once per period in the cluster, not once per node (buildings' overdue
 * check, its interval cut to two seconds in {@code etc/org.grassroots.jobs.cfg}). ClusterFailoverIT adds nginx in
 * front and a node killed under load.
 *
 * <p>Skipped with a message when no PostgreSQL answers ({@link Cluster#assumePostgres}); {@code .ci/run} makes that a
 * failure.
 */
public class ClusterIT {
    private static final String JOB = "buildings.overdue-check";
    private static Cluster cluster;
    private static Api a;
    private static Api b;

    @BeforeClass
    public static void start() throws Exception {
        Cluster.assumePostgres("ClusterIT");
        Path work = District.workDirectory().toPath().resolve("cluster-it").resolve(Long.toString(System.currentTimeMillis()));
        cluster = Cluster.unpack(RestartPersistenceITAccess.distribution(), work, 2);
        for (var node : cluster.nodes()) {
            append(node.home().resolve("etc/org.grassroots.jobs.cfg"), JOB + ".interval = PT2S");
            append(node.home().resolve("etc/org.ops4j.pax.logging.cfg"), "log4j2.logger.grassrootsjobs.name = "
                    + "org.grassroots.core.internal.jobs", "log4j2.logger.grassrootsjobs.level = DEBUG");
        }
        cluster.start(Duration.ofSeconds(300));
        for (var node : cluster.nodes()) {
            node.api().awaitSettled(Duration.ofMinutes(5));
        }
        a = cluster.node(0).api();
        b = cluster.node(1).api();
    }

    @AfterClass
    public static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static void append(Path file, String... lines) throws IOException {
        Files.writeString(file, "\n" + String.join("\n", lines) + "\n", StandardCharsets.ISO_8859_1,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    public void aTokenOfOneNodeIsAcceptedByTheOtherAndItsSignOutCountsThereAtOnce() {
        Api onA = a.signIn(District.ADMIN, District.ADMIN_PASSWORD);
        String token = onA.authorization().substring("Bearer ".length());
        Api onB = b.bearer(token);
        assertEquals("admin", onB.get("/api/auth/me").expect(200).json().get("username").asText());
        onA.post("/api/auth/logout", Json.obj()).expect(204);
        // B answered for this token a moment ago: no answer of it is kept
        onB.get("/api/auth/me").problem(401);
        onA.get("/api/auth/me").problem(401);
    }

    @Test
    public void aPasswordChangedOnOneNodeEndsTheSessionsOnTheOther() {
        a.newAccount("cluster-pw", "DISTRICT_ADMIN", null, null);
        Api onB = b.signIn("cluster-pw", Api.CHOSEN_PASSWORD);
        onB.get("/api/auth/me").expect(200);
        Api.sleep(1100); // tokens carry their issue time in seconds
        a.signIn("cluster-pw", Api.CHOSEN_PASSWORD).post("/api/auth/password", Json.obj("currentPassword",
                Api.CHOSEN_PASSWORD, "newPassword", "Another-Passw0rd-2026")).expect(204);
        onB.get("/api/auth/me").problem(401);
        b.signIn("cluster-pw", "Another-Passw0rd-2026").get("/api/auth/me").expect(200);
    }

    @Test
    public void whatOneNodeWritesTheOtherReads() {
        JsonNode unit = new Fixtures(a).root("CLU");
        JsonNode read = b.get("/organizations/" + id(unit)).expect(200).json();
        assertEquals(unit.get("name").asText(), read.get("name").asText());
        JsonNode renamed = b.put("/organizations/" + id(unit), Fixtures.unitDraft(unit.get("code").asText(), "集群测试党委",
                null, "STREET", "WORKING_COMMITTEE"), version(read)).expect(200).json();
        JsonNode again = a.get("/organizations/" + id(unit)).expect(200).json();
        assertEquals("集群测试党委", again.get("name").asText());
        assertEquals(version(renamed), version(again));
    }

    @Test
    public void anImportStartedOnOneNodeIsPolledThroughTheOther() {
        Fixtures fixtures = new Fixtures(a);
        JsonNode branch = fixtures.branch(fixtures.root("CLI"), "CLIB");
        String file = ImportIT.csv(ImportIT.row("集群甲", IdNumbers.next(true), branch.get("code").asText()),
                ImportIT.row("集群乙", IdNumbers.next(false), branch.get("code").asText()));
        String jobId = a.postBytes("/imports?kind=MEMBERS&format=CSV", "application/octet-stream",
                file.getBytes(StandardCharsets.UTF_8)).expect(202).json().get("jobId").asText();
        JsonNode done = awaitImport(b, jobId);
        assertEquals(done.toString(), "DONE", done.get("phase").asText());
        assertEquals(done.toString(), 2, done.at("/report/imported").asInt());
        assertEquals(2, b.get("/members?subtreeOf=" + id(branch)).expect(200).json().get("total").asLong());

        String bad = ImportIT.csv(ImportIT.row("坏", IdNumbers.BAD_CHECKSUM, branch.get("code").asText()));
        String badJob = b.postBytes("/imports?kind=MEMBERS&format=CSV", "application/octet-stream",
                bad.getBytes(StandardCharsets.UTF_8)).expect(202).json().get("jobId").asText();
        JsonNode failed = awaitImport(a, badJob);
        assertEquals(failed.toString(), "FAILED", failed.get("phase").asText());
        assertTrue(failed.toString(), failed.at("/report/errors").size() > 0);
        a.get("/imports/no-such-job").problem(404);
    }

    private static JsonNode awaitImport(Api through, String jobId) {
        JsonNode last = null;
        for (int i = 0; i < 120; i++) {
            last = through.get("/imports/" + jobId).expect(200).json();
            if (last.get("phase").asText().equals("DONE") || last.get("phase").asText().equals("FAILED")) {
                return last;
            }
            Api.sleep(250);
        }
        throw new AssertionError("the import did not end within 30 s: " + last);
    }

    @Test
    public void anAccountLockedThroughOneNodeIsLockedOnTheOther() {
        a.newAccount("cluster-lock", "DISTRICT_ADMIN", null, null);
        for (int i = 0; i < 5; i++) {
            a.anonymous().post("/api/auth/login", Json.obj("username", "cluster-lock", "password", "wrong-" + i))
                    .problem(401);
        }
        // the right password waits on B too: the failures are counted in the database, not in A's memory
        b.anonymous().post("/api/auth/login", Json.obj("username", "cluster-lock", "password", Api.CHOSEN_PASSWORD))
                .problem(401);
    }

    @Test
    public void aScheduledJobRunsOncePerPeriodInTheCluster() throws Exception {
        Api.sleep(9000);
        List<String> runs = new ArrayList<>();
        boolean passedOver = false;
        Pattern ran = Pattern.compile("Job " + Pattern.quote(JOB) + " runs for the period from (\\S+) on node (\\S+)");
        for (var node : cluster.nodes()) {
            String log = Files.readString(node.home().resolve("data/log/karaf.log"), StandardCharsets.ISO_8859_1);
            Matcher m = ran.matcher(log);
            while (m.find()) {
                runs.add(m.group(1));
            }
            passedOver |= log.contains("Job " + JOB + " for the period from");
        }
        Set<String> periods = new HashSet<>(runs);
        assertEquals("a period ran twice: " + runs, periods.size(), runs.size());
        assertTrue("too few runs in 9 s every 2 s: " + runs, runs.size() >= 3);
        assertTrue("no node found a period claimed by the other", passedOver);
        // the claims the nodes share are the runs their logs show
        try (Connection c = Postgres.connect(cluster.database()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT NODE) FROM CORE_JOB_RUN WHERE JOB = '" + JOB + "'")) {
            r.next();
            assertTrue(r.getInt(1) >= runs.size());
        }
    }
}
