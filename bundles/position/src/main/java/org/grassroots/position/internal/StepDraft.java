package org.grassroots.position.internal;

import java.time.LocalDate;
import java.util.List;

/** A step of an upgrade project: the day (default today), a note (required to return), photos (attachment ids). */
public record StepDraft(LocalDate on, String note, List<Long> photos) {
}
