package org.grassroots.industrial.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record Activity(long id, long unitId, String unitName, ActivityKind kind, String title, String description,
                       LocalDate heldOn, String location, List<Long> enterpriseIds, List<Long> memberIds,
                       Instant createdAt, String createdBy, long version) {
}
