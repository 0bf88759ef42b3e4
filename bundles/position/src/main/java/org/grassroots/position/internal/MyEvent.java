package org.grassroots.position.internal;

import java.time.Instant;
import java.time.LocalDateTime;

/** An event as the member who holds its code sees it: where and when, the places left, and their own sign-up and sign-in. */
public record MyEvent(String code, String title, ServiceType serviceType, String positionName, String address, LocalDateTime startsAt,
                      LocalDateTime endsAt, EventPhase phase, long placesLeft, Instant signedUpAt, Instant signedInAt) {
}
