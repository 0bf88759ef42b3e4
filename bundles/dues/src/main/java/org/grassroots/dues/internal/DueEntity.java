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

/** One member's dues of one period, collected by the month of {@code organizationId}. */
@Entity(name = "DueEntity")
@Table(name = "DUES_DUE")
public class DueEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "MONTH_ID") long monthId;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "MEMBER_NAME") String memberName;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "PERIOD") int period;
    @Enumerated(EnumType.STRING) @Column(name = "CATEGORY") DuesCategory category;
    @Column(name = "AMOUNT_DUE") BigDecimal amountDue;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") DueStatus status;
    @Column(name = "PAID_AMOUNT") BigDecimal paidAmount;
    @Column(name = "PAID_ON") LocalDate paidOn;
    @Enumerated(EnumType.STRING) @Column(name = "CHANNEL") PaymentChannel channel;
    @Column(name = "BACK_PAYMENT") short backPayment;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
    @Column(name = "NOTE") String note;
    @Version @Column(name = "VERSION") long version;
}
