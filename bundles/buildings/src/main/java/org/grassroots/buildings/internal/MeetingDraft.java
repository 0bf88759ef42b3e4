package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** A committee meeting to record. */
public record MeetingDraft(LocalDate heldOn, String topic, Integer attendees, String minutes) {
}
