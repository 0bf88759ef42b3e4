package org.grassroots.itests.cluster;

import static org.grassroots.itests.support.Fixtures.id;
import static org.grassroots.itests.support.Fixtures.version;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.grassroots.itests.ImportIT;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Cluster;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.Fixtures;
import org.grassroots.itests.support.IdNumbers;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.Postgres;

/**
 * {@link ClusterIT}'s checks that what one node writes or decides (a token, a sign-out, a password change, a record,
 * a lockout, an import's progress) holds on the other at once, and that a scheduled job runs once per period in the
 * cluster, not once per node (buildings' overdue check, its interval cut to {@link #JOB_INTERVAL}).
 */
final class SharedStateChecks {
    static final String JOB = "buildings.overdue-check";
    static final String JOB_INTERVAL = "PT2S";
    /** How long the nodes' logs must cover for the job check: a few intervals. */
    private static final long JOB_WATCH_MILLIS = 9_000;

    private final Cluster cluster;
    private final Api a;
    private final Api b;
    private final long settledAt;

    /** @param cluster two nodes, both settled just now */
    SharedStateChecks(Cluster cluster) {
        this.cluster = cluster;
        this.a = cluster.node(0).api();
        this.b = cluster.node(1).api();
        this.settledAt = System.currentTimeMillis();
    }

    void aTokenOfOneNodeIsAcceptedByTheOtherAndItsSignOutCountsThereAtOnce() {
        Api onA = a.signIn(District.ADMIN, District.ADMIN_PASSWORD);
        String token = onA.authorization().substring("Bearer ".length());
        Api onB = b.bearer(token);
        assertEquals("admin", onB.get("/api/auth/me").expect(200).json().get("username").asText());
        onA.post("/api/auth/logout", Json.obj()).expect(204);
        // B answered for this token a moment ago: no answer of it is kept
        onB.get("/api/auth/me").problem(401);
        onA.get("/api/auth/me").problem(401);
    }

    void aPasswordChangedOnOneNodeEndsTheSessionsOnTheOther() {
        a.newAccount("cluster-pw", "DISTRICT_ADMIN", null, null);
        Api onB = b.signIn("cluster-pw", Api.CHOSEN_PASSWORD);
        onB.get("/api/auth/me").expect(200);
        Api.sleep(1100); // tokens carry their issue time in seconds
        a.signIn("cluster-pw", Api.CHOSEN_PASSWORD).post("/api/auth/password", Json.obj("currentPassword",
                Api.CHOSEN_PASSWORD, "newPassword", "Another-Passw0rd-2026")).expect(204);
        onB.get("/api/auth/me").problem(401);
        b.signIn("cluster-pw", "Another-Passw0rd-2026").get("/api/auth/me").expect(200);
    }

    void whatOneNodeWritesTheOtherReads() {
        JsonNode unit = new Fixtures(a).root("CLU");
        JsonNode read = b.get("/organizations/" + id(unit)).expect(200).json();
        assertEquals(unit.get("name").asText(), read.get("name").asText());
        JsonNode renamed = b.put("/organizations/" + id(unit), Fixtures.unitDraft(unit.get("code").asText(), "集群测试党委",
                null, "STREET", "WORKING_COMMITTEE"), version(read)).expect(200).json();
        JsonNode again = a.get("/organizations/" + id(unit)).expect(200).json();
        assertEquals("集群测试党委", again.get("name").asText());
        assertEquals(version(renamed), version(again));
    }

    void anImportStartedOnOneNodeIsPolledThroughTheOther() {
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

    void anAccountLockedThroughOneNodeIsLockedOnTheOther() {
        a.newAccount("cluster-lock", "DISTRICT_ADMIN", null, null);
        for (int i = 0; i < 5; i++) {
            a.anonymous().post("/api/auth/login", Json.obj("username", "cluster-lock", "password", "wrong-" + i))
                    .problem(401);
        }
        // the right password waits on B too: the failures are counted in the database, not in A's memory
        b.anonymous().post("/api/auth/login", Json.obj("username", "cluster-lock", "password", Api.CHOSEN_PASSWORD))
                .problem(401);
    }

    /** Needs both nodes up since they settled and buildings installed: run it before the module-set checks. */
    void aScheduledJobRunsOncePerPeriodInTheCluster() throws Exception {
        // the checks before ran long enough, mostly; the logs must cover a few intervals
        Api.sleep(Math.max(0, settledAt + JOB_WATCH_MILLIS - System.currentTimeMillis()));
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
        assertTrue("too few runs in 9 s or more every 2 s: " + runs, runs.size() >= 3);
        assertTrue("no node found a period claimed by the other", passedOver);
        // the claims the nodes share are the runs their logs show
        try (Connection c = Postgres.connect(cluster.database()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT NODE) FROM CORE_JOB_RUN WHERE JOB = '" + JOB + "'")) {
            r.next();
            assertTrue(r.getInt(1) >= runs.size());
        }
    }
}
