package org.grassroots.position.internal;

import java.time.Instant;

/** A position's visits and services of a month (2024-05) and service type, with who recorded them and when. */
public record VisitCount(long positionId, String period, ServiceType serviceType, int visits, int services, Instant recordedAt,
                         String recordedBy) {
}
