package org.grassroots.membership.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A range of 入党志愿书 numbers of a unit, with how many are used, void and still free. */
public record FormRange(long id, long organizationId, String organizationName, long issuerId, String issuerName,
                        String first, String last, LocalDate issuedOn, String note, long size, long used, long voided,
                        long free, Instant createdAt, String createdBy, long version) {
}
