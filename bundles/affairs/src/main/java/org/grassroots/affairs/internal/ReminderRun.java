package org.grassroots.affairs.internal;

import java.time.LocalDate;

/** What a reminder run did. */
public record ReminderRun(LocalDate asOf, int organizationsChecked, int reminded, int alreadyReminded) {
}
