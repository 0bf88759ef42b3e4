package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.util.List;

/** A position to create or the new state of one (PUT with If-Match); the level must agree with the host unit's type. */
public record PositionDraft(Long organizationId, String name, PositionLevel level, PositionStatus status, String address,
                            BigDecimal area, List<String> rooms, List<PositionFunction> functions, String openingHours,
                            BigDecimal latitude, BigDecimal longitude, String onlineName, String onlineUrl, Boolean featured) {
}
