package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** One member on an event's list: signed up, signed in, and the service hours closing the event recorded. */
public record Attendee(long id, long eventId, long memberId, String memberName, Instant signedUpAt, Instant signedInAt,
                       Long hoursId, BigDecimal hours) {
}
