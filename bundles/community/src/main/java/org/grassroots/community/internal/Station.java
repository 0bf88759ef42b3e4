package org.grassroots.community.internal;

import java.time.Instant;
import java.time.LocalDate;

/** 暖新驿站: a station for riders, couriers and drivers, with its services, opening hours and visits this year. */
public record Station(long id, long unitId, String unitName, String name, String address, String services,
                      String openingHours, LocalDate openedOn, long visitsThisYear, Instant createdAt, String createdBy,
                      long version) {
}
