package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** A building committee to set up. */
public record CommitteeDraft(Long buildingId, String name, LocalDate establishedOn) {
}
