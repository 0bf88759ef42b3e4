package org.grassroots.industrial.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The module stores UTC {@link LocalDateTime}s (portable TIMESTAMP columns) and answers {@link Instant}s. */
final class Times {
    private Times() {
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
