package org.grassroots.rolemodel.internal;

import java.time.Instant;
import java.time.LocalDate;

/** An organized learning activity (组织学做). */
public record Learning(long id, long modelId, long organizationId, String organizationName, String title,
                       LocalDate heldOn, int attendees, Instant recordedAt, String recordedBy) {
}
