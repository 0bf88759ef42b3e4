package org.grassroots.core.internal.screen;

import java.time.Instant;

/** A display token as administrators see it (never the secret itself, which is shown once at creation). */
public record DisplayToken(String id, long unitId, String label, String createdBy, Instant createdAt, Instant revokedAt,
                           Instant lastUsedAt) {
}
