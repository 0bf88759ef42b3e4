package org.grassroots.membership.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A transfer with its introduction letter. */
public record TransferLetter(long id, String letterNo, TransferKind kind, TransferStatus status, Long memberId, String memberName,
                             long organizationId, String organizationName, Long targetId, String targetName, String externalOrg,
                             String addressee, String reason, String duesPaidTo, LocalDate issuedOn, LocalDate validUntil,
                             LocalDate receiptOn, LocalDate completedOn, Instant createdAt, String createdBy, String issuedBy,
                             String completedBy, long version) {
}
