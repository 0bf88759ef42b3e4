package org.grassroots.rolemodel.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A contact record of a contact point. */
public record ContactRecord(long id, long pointId, ContactKind kind, LocalDate happenedOn, String content, String issues,
                            String followUp, Instant recordedAt, String recordedBy) {
}
