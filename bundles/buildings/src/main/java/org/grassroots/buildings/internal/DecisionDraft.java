package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** A decision to record on a meeting. */
public record DecisionDraft(String content, String ownerName, LocalDate dueOn) {
}
