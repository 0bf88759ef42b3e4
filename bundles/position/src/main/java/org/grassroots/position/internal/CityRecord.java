package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.util.List;

/** One position in the city-system export (schema docs/modules/position-city-schema.json, version 1). */
public record CityRecord(long id, long version, String name, String level, String levelName, String hostCode, String hostName,
                         String status, String statusName, String address, BigDecimal area, List<String> rooms,
                         List<String> functions, String openingHours, BigDecimal latitude, BigDecimal longitude,
                         String onlineName, String onlineUrl, boolean featured, boolean previouslySynced) {
}
