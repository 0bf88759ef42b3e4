package org.grassroots.community.internal;

import java.time.Instant;

/** Visits of a station in one month ({@code period} yyyy-MM). */
public record StationVisits(long stationId, String period, int visits, Instant recordedAt, String recordedBy, long version) {
}
