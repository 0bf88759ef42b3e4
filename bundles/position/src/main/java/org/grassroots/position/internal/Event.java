package org.grassroots.position.internal;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An event with its attendance: signed up, signed in, and the places left. {@code code} is the sign-in code (shown to
 * the position's staff; a member signs up and in with it); {@code phase} says where the event stands now; {@code room}
 * and {@code bookingId} the room booking the event took (null without one, or once that booking was cancelled).
 */
public record Event(long id, long positionId, String positionName, String title, ServiceType serviceType, LocalDateTime startsAt,
                    LocalDateTime endsAt, int capacity, String code, EventPhase phase, long signedUp, long signedIn, long placesLeft,
                    String room, Long bookingId, Instant createdAt, String createdBy, long version) {
}
