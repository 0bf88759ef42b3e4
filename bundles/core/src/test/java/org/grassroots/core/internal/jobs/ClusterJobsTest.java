package org.grassroots.core.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.grassroots.core.api.cluster.ClusterJobs;
import org.grassroots.core.internal.schema.MigratedDerby;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Claims of job periods on a real (Derby, in memory) core schema: several "nodes" are several claimers on one database. */
class ClusterJobsTest {
    private static final Duration HOUR = Duration.ofHours(1);
    /** One database for the class: each test uses job names of its own. */
    private static EmbeddedDataSource db;

    @BeforeAll
    static void migrate() {
        db = MigratedDerby.core("cluster-jobs");
    }

    @Test
    void periodsAreCutFromTheEpochSoEveryNodeAgrees() {
        Instant at = Instant.parse("2026-12-04T16:47:12.345Z");
        assertEquals(Instant.parse("2026-12-04T16:00:00Z"), JobPeriods.periodStart(at, HOUR));
        assertEquals(Instant.parse("2026-12-04T00:00:00Z"), JobPeriods.periodStart(at, Duration.ofDays(1)));
        assertEquals(Instant.parse("2026-12-04T16:40:00Z"), JobPeriods.periodStart(at, Duration.ofMinutes(10)));
        // the next tick is in the next period, spread by at most a tenth of the interval (30 s at most)
        assertEquals(Instant.parse("2026-12-04T17:00:00Z"), JobPeriods.nextTick(at, HOUR, 0));
        assertEquals(Instant.parse("2026-12-04T17:00:30Z"), JobPeriods.nextTick(at, HOUR, 1));
        assertEquals(Instant.parse("2026-12-04T16:47:15.300Z"), JobPeriods.nextTick(at, Duration.ofSeconds(3), 1));
        assertThrows(IllegalArgumentException.class, () -> JobPeriods.checkedName("no spaces"));
        assertEquals("industrial.escalation", JobPeriods.checkedName("industrial.escalation"));
    }

    @Test
    void aPeriodIsClaimedByExactlyOneNodeEvenWhenAllAskAtOnce() throws Exception {
        JobClaims claims = new JobClaims(db);
        Instant now = Instant.parse("2026-12-04T16:00:05Z");
        Instant period = JobPeriods.periodStart(now, HOUR);
        int nodes = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                String node = "node-" + i;
                Callable<Boolean> claim = () -> {
                    start.await();
                    return claims.claim("test.job", period, node, now, ClusterJobs.LEASE);
                };
                answers.add(pool.submit(claim));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> answer : answers) {
                won += answer.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM CORE_JOB_RUN WHERE JOB = 'test.job'"));
        // another job's period is its own
        assertTrue(claims.claim("other.job", period, "node-0", now, ClusterJobs.LEASE));
    }

    @Test
    void aRunUnderWayHoldsTheNextPeriodsBackUntilItEndsOrItsLeaseRunsOut() throws SQLException {
        JobClaims claims = new JobClaims(db);
        Instant first = Instant.parse("2026-12-04T16:00:00Z");
        assertTrue(claims.claim("slow.job", first, "a", first.plusSeconds(1), HOUR));
        assertFalse(claims.claim("slow.job", first, "b", first.plusSeconds(2), HOUR), "the same period again");
        Instant second = first.plus(Duration.ofMinutes(10));
        assertFalse(claims.claim("slow.job", second, "b", second.plusSeconds(1), HOUR), "the first run is not finished");
        claims.finish("slow.job", first, second.plusSeconds(2), first.minus(Duration.ofDays(1)));
        assertTrue(claims.claim("slow.job", second, "b", second.plusSeconds(3), HOUR));
        // a node that died during its run holds the job back for the lease only
        Instant third = second.plus(Duration.ofMinutes(10));
        assertFalse(claims.claim("slow.job", third, "a", third.plusSeconds(1), HOUR));
        Instant late = second.plus(HOUR).plusSeconds(10);
        assertTrue(claims.claim("slow.job", JobPeriods.periodStart(late, Duration.ofMinutes(10)), "a", late, HOUR));
        // finishing forgets the job's old claims
        claims.finish("slow.job", JobPeriods.periodStart(late, Duration.ofMinutes(10)), late, late.minusSeconds(60));
        assertEquals(1, count("SELECT COUNT(*) FROM CORE_JOB_RUN WHERE JOB = 'slow.job'"));
    }

    @Test
    void twoNodesTickingThroughTheSamePeriodsRunTheWorkOncePerPeriod() {
        AtomicInteger runs = new AtomicInteger();
        Instant start = Instant.parse("2026-12-04T16:00:00Z");
        Map<String, Object> configA = Map.of();
        Map<String, Object> configB = Map.of("test.tick.interval", "PT5S");
        assertEquals(Duration.ofSeconds(5), node("b", configB, start).interval("test.tick", Duration.ofMinutes(1)));
        assertEquals(Duration.ofMinutes(1), node("a", configA, start).interval("test.tick", Duration.ofMinutes(1)));
        for (int second = 0; second < 50; second++) {
            Instant now = start.plusSeconds(second);
            node("a", configA, now).tick("test.tick", Duration.ofSeconds(5), runs::incrementAndGet);
            node("b", configB, now).tick("test.tick", Duration.ofSeconds(5), runs::incrementAndGet);
        }
        assertEquals(10, runs.get());
        // a failing run is finished too: the next period runs
        node("a", configA, start.plusSeconds(54)).tick("test.tick", Duration.ofSeconds(5), () -> {
            throw new IllegalStateException("broken on purpose");
        });
        node("b", configB, start.plusSeconds(59)).tick("test.tick", Duration.ofSeconds(5), runs::incrementAndGet);
        assertEquals(11, runs.get());
    }

    /** A node whose clock stands at {@code now}. */
    private ClusterJobsImpl node(String name, Map<String, Object> config, Instant now) {
        return new ClusterJobsImpl(new JobClaims(db), config, Clock.fixed(now, ZoneOffset.UTC), name);
    }

    private static int count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}
