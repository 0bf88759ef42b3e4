package org.grassroots.buildings.internal;

import java.time.Instant;

/** The yearly assessment of a demonstration building. */
public record Assessment(long id, long buildingId, int year, int score, Grade grade, String note, Instant assessedAt, String assessedBy, long version) {
}
