package org.grassroots.education.internal;

import java.time.Instant;

/** A program of the "新+" series that groups sessions. */
public record Program(long id, long unitId, String unitName, String name, String description, int year,
                      long sessions, Instant createdAt, String createdBy, long version) {
}
