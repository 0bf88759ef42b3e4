package org.grassroots.dues.internal;

import java.time.Instant;
import java.util.List;

public record BandSet(DuesCategory category, List<Band> bands, Instant updatedAt, String updatedBy, long version) {
}
