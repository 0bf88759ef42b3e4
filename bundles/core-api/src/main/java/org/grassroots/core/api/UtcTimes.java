package org.grassroots.core.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Points in time as core and the modules store them: UTC {@link LocalDateTime}s in portable {@code TIMESTAMP}
 * columns (Derby and PostgreSQL alike, no time-zone column types), answered to clients as {@link Instant}s.
 */
public final class UtcTimes {
    private UtcTimes() {
    }

    /** Now, in UTC, for a {@code TIMESTAMP} column. */
    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    /** A stored UTC timestamp as an instant ({@code null} stays {@code null}). */
    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
