package org.grassroots.education.internal;

import java.time.Instant;
import java.time.LocalDateTime;

public record CheckIn(long sessionId, String title, LocalDateTime startsAt, Instant checkedAt) {
}
