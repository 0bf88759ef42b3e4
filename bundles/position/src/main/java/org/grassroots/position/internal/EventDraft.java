package org.grassroots.position.internal;

import java.time.LocalDateTime;

/** An event to hold at a position: title, service type, start and end (wall-clock), capacity. */
public record EventDraft(Long positionId, String title, ServiceType serviceType, LocalDateTime startsAt, LocalDateTime endsAt,
                         Integer capacity) {
}
