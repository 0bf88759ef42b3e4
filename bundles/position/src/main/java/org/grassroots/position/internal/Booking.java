package org.grassroots.position.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A room booking as the API answers it: the slot as "HH:mm" wall-clock times of the day. */
public record Booking(long id, long positionId, String positionName, String room, LocalDate day, String from, String to,
                      long unitId, String unitName, String purpose, BookingStatus status, String cancelReason,
                      Instant cancelledAt, String cancelledBy, Instant createdAt, String createdBy, long version) {
}
