package org.grassroots.position.internal;

import java.time.LocalDate;

/** A rectification item of an assessment. */
public record RectificationDraft(Long assessmentId, String item, LocalDate deadline, String responsible) {
}
