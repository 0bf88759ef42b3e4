package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

/** A new learning activity; {@code organizationId} is the unit that held it (default: the model's). */
public record LearningDraft(Long organizationId, String title, LocalDate heldOn, Integer attendees) {
}
