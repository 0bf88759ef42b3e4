package org.grassroots.rural.internal;

import java.time.Instant;
import java.time.LocalDate;

public record Task(long id, long visitId, long villageId, String description, String owner, LocalDate dueOn,
                   TaskStatus status, boolean overdue, Instant updatedAt, String updatedBy, long version) {
}
