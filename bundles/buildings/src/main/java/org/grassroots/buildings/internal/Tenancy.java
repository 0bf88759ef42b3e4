package org.grassroots.buildings.internal;

import java.time.Instant;
import java.time.LocalDate;

/** An enterprise in a building (current while not moved out), its Party coverage, and whether it should form its own organization (应建未建). */
public record Tenancy(long id, long buildingId, String buildingName, Long enterpriseId, String enterpriseName, Integer floor, String room, Coverage coverage, Long coveringOrgId, String coveringOrgName, String instructorName, int fullMembers, boolean shouldForm, LocalDate movedIn, LocalDate movedOut, String moveOutReason, boolean current, Instant updatedAt, String updatedBy, long version) {
}
