package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A position as the API shows it; {@code synced} says the city system acknowledged this very version. */
public record Position(long id, String name, PositionLevel level, long organizationId, String organizationName, PositionStatus status,
                       String address, BigDecimal area, List<String> rooms, List<PositionFunction> functions, String openingHours,
                       BigDecimal latitude, BigDecimal longitude, String onlineName, String onlineUrl, boolean featured,
                       boolean synced, Long syncedVersion, Instant syncedAt, Instant createdAt, String createdBy,
                       Instant updatedAt, String updatedBy, long version) {
}
