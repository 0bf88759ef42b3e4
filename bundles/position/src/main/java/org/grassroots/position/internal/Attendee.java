package org.grassroots.position.internal;

import java.time.Instant;

/** A member on an event's list: when they signed up (null: came without) and signed in (null: not yet, or absent). */
public record Attendee(long memberId, String name, Instant signedUpAt, Instant signedInAt) {
}
