package org.grassroots.buildings.internal;

/** The profile of a building: the unit (type BUILDING), its belt, address, floors, area (m²), property manager. */
public record BuildingDraft(Long buildingId, Belt belt, String address, Integer floors, Double areaSqm, String propertyManager) {
}
