package org.grassroots.membership.internal;

import java.time.Instant;

/** A number of a range that was taken (with the file) or voided (with the reason). */
public record FormNumber(long id, long rangeId, String number, FormNumberStatus status, Long fileId, String reason,
                         Instant recordedAt, String recordedBy) {
}
