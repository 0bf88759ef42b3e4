package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

/** A new contact record. */
public record ContactRecordDraft(ContactKind kind, LocalDate happenedOn, String content, String issues, String followUp) {
}
