package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** An enterprise moving into a building: a core unit (enterpriseId) or a name, floor and room, its coverage and full members. */
public record TenancyDraft(Long buildingId, Long enterpriseId, String enterpriseName, Integer floor, String room, Coverage coverage, Long coveringOrgId, String instructorName, Integer fullMembers, LocalDate movedIn) {
}
