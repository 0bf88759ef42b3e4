package org.grassroots.community.internal;

import java.time.Instant;
import java.time.LocalDate;

/** 双报到 (a): a unit's Party organization paired with a community (对口社区) for a period, with the lists matched. */
public record Pairing(long id, long communityId, String communityName, long partnerId, String partnerName,
                      LocalDate startsOn, LocalDate endsOn, String resources, String needs, String projects,
                      PairingStatus status, Instant createdAt, String createdBy, LocalDate endedOn, Instant endedAt,
                      String endedBy, String endReason, long version) {
}
