package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** A business district (商圈) to set up: the unit whose Party organization leads it, its name and joint mechanism. */
public record DistrictDraft(Long leadOrgId, String name, String mechanism, LocalDate establishedOn) {
}
