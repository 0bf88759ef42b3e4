package org.grassroots.core.internal.jobs;

import java.time.Duration;
import java.time.Instant;

/** The periods of a job: its interval cut from the epoch, so every node agrees where a period starts. */
final class JobPeriods {
    /** The longest a node waits after a period starts before it ticks, so the nodes do not all ask at once. */
    static final Duration MAX_JITTER = Duration.ofSeconds(30);

    private JobPeriods() {
    }

    /** The start of the period {@code at} falls in. */
    static Instant periodStart(Instant at, Duration interval) {
        long length = interval.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), length) * length);
    }

    /** When to tick next after {@code now}: the start of the next period plus {@code jitter} (0 to 1) of the allowed spread. */
    static Instant nextTick(Instant now, Duration interval, double jitter) {
        Instant next = periodStart(now, interval).plus(interval);
        long spread = Math.min(interval.toMillis() / 10, MAX_JITTER.toMillis());
        return next.plusMillis((long) (spread * Math.max(0, Math.min(1, jitter))));
    }

    /** A job's name: {@code <module>.<job>}, letters, digits, '.' and '-', at most 100 characters. */
    static String checkedName(String job) {
        if (job == null || job.isEmpty() || job.length() > 100 || !job.matches("[A-Za-z0-9][A-Za-z0-9.-]*")) {
            throw new IllegalArgumentException("A job name is letters, digits, '.' and '-' (at most 100): " + job);
        }
        return job;
    }
}
