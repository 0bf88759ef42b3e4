package org.grassroots.position.internal;

import java.time.LocalDate;

/** A booking asked for: a room of the position, the day, the slot ("09:00" to "11:30") and the unit and its purpose. */
public record BookingDraft(Long positionId, String room, LocalDate day, String from, String to, Long unitId, String purpose) {
}
