package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.util.List;

/** A demonstration building: designation, criteria met, upgrade tasks and its yearly assessments. */
public record Demonstration(long id, long buildingId, String buildingName, Belt belt, LocalDate designatedOn, List<Criterion> criteria, List<String> upgradeTasks, String designatedBy, List<Assessment> assessments, long version) {
}
