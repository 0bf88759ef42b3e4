package org.grassroots.buildings.internal;

import java.time.Instant;

/** A building with its profile and current figures (enterprises in it, how many covered). */
public record Building(long id, long buildingId, String buildingName, Belt belt, String address, Integer floors, Double areaSqm, String propertyManager, int enterprises, int covered, boolean demonstration, boolean committee, Instant updatedAt, String updatedBy, long version) {
}
