package org.grassroots.rural.internal;

import java.time.LocalDate;

public record TaskDraft(String description, String owner, LocalDate dueOn) {
}
