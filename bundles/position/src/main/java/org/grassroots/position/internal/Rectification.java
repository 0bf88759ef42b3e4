package org.grassroots.position.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A rectification item; {@code overdue} when still open after its deadline. */
public record Rectification(long id, long assessmentId, long positionId, String positionName, long organizationId, String item,
                            LocalDate deadline, String responsible, RectificationStatus status, boolean overdue, LocalDate doneOn,
                            String doneNote, String doneBy, Instant createdAt, String createdBy, long version) {
}
