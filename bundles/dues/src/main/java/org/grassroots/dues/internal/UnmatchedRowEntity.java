package org.grassroots.dues.internal;

import java.math.BigDecimal;
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

/** A row of an imported payment file that matched no due, kept for manual matching. */
@Entity(name = "UnmatchedRowEntity")
@Table(name = "DUES_UNMATCHED")
public class UnmatchedRowEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "MONTH_ID") long monthId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "ROW_NUMBER_OF") int rowNumber;
    @Column(name = "PAYER_NAME") String payerName;
    @Column(name = "AMOUNT") BigDecimal amount;
    @Column(name = "PAID_ON") LocalDate paidOn;
    @Enumerated(EnumType.STRING) @Column(name = "CHANNEL") PaymentChannel channel;
    @Column(name = "REASON_ZH") String reasonZh;
    @Column(name = "REASON_EN") String reasonEn;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") UnmatchedStatus status;
    @Column(name = "DUE_ID") Long dueId;
    @Column(name = "IMPORTED_AT") LocalDateTime importedAt;
    @Column(name = "IMPORTED_BY") String importedBy;
    @Column(name = "RESOLVED_AT") LocalDateTime resolvedAt;
    @Column(name = "RESOLVED_BY") String resolvedBy;
    @Column(name = "RESOLUTION_NOTE") String resolutionNote;
    @Version @Column(name = "VERSION") long version;
}
