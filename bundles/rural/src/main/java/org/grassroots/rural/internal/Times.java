package org.grassroots.rural.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

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
