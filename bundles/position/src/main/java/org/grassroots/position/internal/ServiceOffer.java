package org.grassroots.position.internal;

import java.time.Instant;

/** A service of a position's catalogue; {@code active} false once withdrawn. */
public record ServiceOffer(long id, long positionId, String positionName, String name, ServiceType serviceType, String description,
                           String schedule, boolean active, Instant updatedAt, String updatedBy, long version) {
}
