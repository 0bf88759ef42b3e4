package org.grassroots.position.internal;

import java.time.LocalDateTime;

/**
 * An event to hold at a position: title, service type, start and end (wall-clock), capacity, and optionally one of the
 * position's rooms, booked for the event's slot together with the event.
 */
public record EventDraft(Long positionId, String title, ServiceType serviceType, LocalDateTime startsAt, LocalDateTime endsAt,
                         Integer capacity, String room) {
}
