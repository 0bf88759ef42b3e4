package org.grassroots.buildings.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A building committee (楼委会) and how many members it has now. */
public record Committee(long id, long buildingId, String buildingName, String name, LocalDate establishedOn, int members, int meetings, Instant createdAt, String createdBy, long version) {
}
