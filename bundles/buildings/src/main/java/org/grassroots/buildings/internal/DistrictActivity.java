package org.grassroots.buildings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A joint meeting or activity of a business district, with its attendance (member units present of those expected). */
public record DistrictActivity(long id, long districtId, ActivityKind kind, LocalDate heldOn, String topic,
                               List<Long> presentUnitIds, List<String> presentUnitNames, int expected, int participants,
                               String outcomes, Instant recordedAt, String recordedBy, long version) {
}
