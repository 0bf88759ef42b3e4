package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

/** A lifecycle step to take: the action, the date it took place (default today), a note. */
public record StepDraft(StageAction action, LocalDate on, String note) {
}
