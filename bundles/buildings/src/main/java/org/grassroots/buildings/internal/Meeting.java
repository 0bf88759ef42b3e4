package org.grassroots.buildings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting of a building committee with its decisions. */
public record Meeting(long id, long committeeId, long buildingId, String buildingName, LocalDate heldOn, String topic, int attendees, String minutes, List<Decision> decisions, Instant recordedAt, String recordedBy, long version) {
}
