package org.grassroots.buildings.internal;

/** A change of an enterprise's Party coverage (e.g. it formed its own branch), its instructor and full members. */
public record CoverageChange(Coverage coverage, Long coveringOrgId, String instructorName, Integer fullMembers) {
}
