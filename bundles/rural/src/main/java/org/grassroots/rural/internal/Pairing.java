package org.grassroots.rural.internal;

import java.time.Instant;

public record Pairing(long id, long enterpriseId, String enterpriseName, long villageId, String villageName,
                      Long needId, PairingStatus status, Instant proposedAt, String proposedBy, Instant agreedAt,
                      String agreedBy, Instant activatedAt, String activatedBy, Instant endedAt, String endedBy,
                      String endReason, Boolean successful, long version) {
}
