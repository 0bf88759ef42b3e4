package org.grassroots.rolemodel.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A cultivation tracking record (跟踪培养). */
public record Tracking(long id, long modelId, LocalDate contactedOn, long responsibleMemberId, String responsibleName,
                       String note, LocalDate nextContactOn, Instant notifiedAt, Instant recordedAt, String recordedBy) {
}
