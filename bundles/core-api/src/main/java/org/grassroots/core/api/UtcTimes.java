package org.grassroots.core.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Points in time as core and the modules store them: UTC {@link LocalDateTime}s in portable {@code TIMESTAMP}
 * columns (Derby and PostgreSQL alike, no time-zone column types), answered to clients as {@link Instant}s.
 * <p>
 * Every "now" that is stored comes from here, at microseconds: PostgreSQL keeps microseconds and rounds anything
 * finer, so a value with nanoseconds (the JDK's clock on Linux has them) would read back different from the one
 * answered when it was written, and a client comparing the two would see a change that never happened.
 */
public final class UtcTimes {
    /** The system clock in UTC, ticking in whole microseconds: the finest precision both databases keep. */
    private static final Clock STORED = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));

    private UtcTimes() {
    }

    /** Now, in UTC, for a {@code TIMESTAMP} column. */
    public static LocalDateTime now() {
        return LocalDateTime.now(STORED);
    }

    /** Now as an instant, for an {@link Instant} column: the same precision as {@link #now()}. */
    public static Instant nowInstant() {
        return STORED.instant();
    }

    /** The clock behind {@link #now()}, for components that take a {@link Clock} (tests hand them a fixed one). */
    public static Clock clock() {
        return STORED;
    }

    /** A stored UTC timestamp as an instant ({@code null} stays {@code null}). */
    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
