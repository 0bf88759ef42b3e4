package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** A building or unit joining a business district. */
public record DistrictMemberDraft(Long unitId, LocalDate joinedOn) {
}
