package org.grassroots.membership.internal;

import java.time.LocalDate;

/** Something that falls due for the secretary of a unit. */
public record Reminder(ReminderKind kind, long organizationId, String organizationName, String subject, long recordId,
                       LocalDate dueOn) {
}
