package org.grassroots.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ThrottleTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T06:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anAddressWaitsADoublingDelayAfterTooManyFailuresAndOthersDoNot() {
        ManualClock clock = new ManualClock();
        ProgressiveDelay delay = new ProgressiveDelay(3, Duration.ofMinutes(15), Duration.ofMinutes(15), 1000, clock);
        delay.failed("198.51.100.1");
        delay.failed("198.51.100.1");
        assertTrue(delay.waitFor("198.51.100.1").isEmpty(), "below the threshold nothing waits");
        assertEquals(Duration.ofSeconds(1), delay.failed("198.51.100.1").orElseThrow());
        assertTrue(delay.waitFor("198.51.100.1").isPresent());
        assertTrue(delay.waitFor("198.51.100.2").isEmpty(), "another address is not held back");
        clock.advance(Duration.ofSeconds(2));
        assertTrue(delay.waitFor("198.51.100.1").isEmpty(), "a delay, not a lock: it ends by itself");
        assertEquals(Duration.ofSeconds(2), delay.failed("198.51.100.1").orElseThrow());
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(4), delay.failed("198.51.100.1").orElseThrow());
    }

    @Test
    void theDelayIsCappedAndParallelFailuresAllCount() throws InterruptedException {
        ProgressiveDelay delay = new ProgressiveDelay(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 1000,
                Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 40; i++) {
            pool.submit(() -> {
                start.await();
                return delay.failed("203.0.113.9");
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        // 40 counted failures: 35 beyond the threshold would be 2^35 s, capped at 15 minutes
        Duration wait = delay.waitFor("203.0.113.9").orElseThrow();
        assertTrue(wait.compareTo(Duration.ofMinutes(14)) > 0 && wait.compareTo(Duration.ofMinutes(15)) <= 0, wait.toString());
    }

    @Test
    void manySourcesDoNotGrowMemoryWithoutBound() {
        ProgressiveDelay delay = new ProgressiveDelay(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 100,
                Clock.systemUTC());
        for (int i = 0; i < 10_000; i++) {
            delay.failed("10.0." + (i / 256) + "." + (i % 256));
        }
        assertTrue(delay.size() <= 100, "remembered " + delay.size());
    }

    @Test
    void aRateLimitAllowsSoManyPerWindowPerKey() {
        ManualClock clock = new ManualClock();
        RateLimit limit = new RateLimit(3, Duration.ofMinutes(10), 100, clock);
        List<OptionalLong> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(limit.acquire("secretary"));
        }
        assertTrue(answers.subList(0, 3).stream().allMatch(OptionalLong::isEmpty));
        assertEquals(600, answers.get(3).orElseThrow());
        assertTrue(limit.acquire("auditor").isEmpty(), "per key");
        clock.advance(Duration.ofMinutes(10));
        assertTrue(limit.acquire("secretary").isEmpty(), "a new window");
    }
}
