package org.grassroots.position.internal;

import java.time.Instant;
import java.util.List;

/** The city-system export: the schema version, when, which subtree, whether only changes, the positions. */
public record CityExport(String schema, Instant generatedAt, String unitCode, boolean changedOnly, int count, List<CityRecord> positions) {
}
