package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.util.List;

/** A building to designate as a demonstration building. */
public record DemonstrationDraft(Long buildingId, LocalDate designatedOn, List<Criterion> criteria, List<String> upgradeTasks) {
}
