package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A transfer of organizational relationship with its numbered introduction letter. */
@Entity(name = "TransferEntity")
@Table(name = "MEMB_TRANSFER")
public class TransferEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = FileEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "LETTER_NO") String letterNo;
    @Enumerated(EnumType.STRING) @Column(name = "KIND") TransferKind kind;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") TransferStatus status;
    @Column(name = "MEMBER_ID") Long memberId;
    @Column(name = "MEMBER_NAME") String memberName;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "TARGET_ID") Long targetId;
    @Column(name = "TARGET_PATH") String targetPath;
    @Column(name = "EXTERNAL_ORG") String externalOrg;
    @Column(name = "ADDRESSEE") String addressee;
    @Column(name = "REASON") String reason;
    @Column(name = "DUES_PAID_TO") String duesPaidTo;
    @Column(name = "ISSUED_ON") LocalDate issuedOn;
    @Column(name = "VALID_DAYS") int validDays;
    @Column(name = "VALID_UNTIL") LocalDate validUntil;
    @Column(name = "RECEIPT_ON") LocalDate receiptOn;
    @Column(name = "COMPLETED_ON") LocalDate completedOn;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Column(name = "ISSUED_BY") String issuedBy;
    @Column(name = "COMPLETED_BY") String completedBy;
    @Version @Column(name = "VERSION") long version;
}
