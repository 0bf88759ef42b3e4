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
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/**
 * The module's tables (DUES_*). Units and members are core ids, never JPA relations; {@code orgPath} is the unit's
 * materialized path, kept current by core (bnd.bnd's Grassroots-Scoped-Tables), so every list filters by subtree
 * in the query. Times are UTC. Periods are {@code yyyymm} integers ({@link Periods}).
 */
final class Entities {
    static final String SEQUENCE = "DUES_SEQUENCE";
    static final String IDS = "dues_ids";

    private Entities() {
    }

    @Entity(name = "CategoryEntity")
    @Table(name = "DUES_CATEGORY")
    public static class CategoryEntity {
        @Id @Enumerated(EnumType.STRING) @Column(name = "CODE") DuesCategory code;
        @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
        @Column(name = "UPDATED_BY") String updatedBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "BandEntity")
    @Table(name = "DUES_BAND")
    public static class BandEntity {
        @Id
        @TableGenerator(name = IDS, table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "DUES", allocationSize = 100)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
        @Column(name = "ID") Long id;
        @Enumerated(EnumType.STRING) @Column(name = "CATEGORY") DuesCategory category;
        @Column(name = "POSITION") int position;
        @Column(name = "UP_TO") BigDecimal upTo;
        @Column(name = "RATE") BigDecimal rate;
        @Column(name = "FIXED_MIN") BigDecimal fixedMin;
        @Column(name = "FIXED_MAX") BigDecimal fixedMax;
    }

    /** A member's monthly base for a year and the amount the bands give. */
    @Entity(name = "BaseEntity")
    @Table(name = "DUES_BASE")
    public static class BaseEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "MEMBER_ID") long memberId;
        @Column(name = "MEMBER_NAME") String memberName;
        @Column(name = "ORGANIZATION_ID") long organizationId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "BASE_YEAR") int year;
        @Enumerated(EnumType.STRING) @Column(name = "CATEGORY") DuesCategory category;
        /** Ciphertext of the base (income is personal data); null for fixed categories. */
        @Column(name = "BASE_AMOUNT") String baseAmount;
        @Column(name = "FIXED_AMOUNT") BigDecimal fixedAmount;
        @Column(name = "MONTHLY_AMOUNT") BigDecimal monthlyAmount;
        @Column(name = "NOTE") String note;
        @Column(name = "CONFIRMED_AT") LocalDateTime confirmedAt;
        @Column(name = "CONFIRMED_BY") String confirmedBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "ExemptionEntity")
    @Table(name = "DUES_EXEMPTION")
    public static class ExemptionEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "MEMBER_ID") long memberId;
        @Column(name = "MEMBER_NAME") String memberName;
        @Column(name = "ORGANIZATION_ID") long organizationId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "FROM_PERIOD") int fromPeriod;
        @Column(name = "TO_PERIOD") int toPeriod;
        @Column(name = "REASON") String reason;
        @Column(name = "CREATED_AT") LocalDateTime createdAt;
        @Column(name = "CREATED_BY") String createdBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "MonthEntity")
    @Table(name = "DUES_MONTH")
    public static class MonthEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "ORGANIZATION_ID") long organizationId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "PERIOD") int period;
        @Enumerated(EnumType.STRING) @Column(name = "STATUS") MonthStatus status;
        @Column(name = "OPENED_AT") LocalDateTime openedAt;
        @Column(name = "OPENED_BY") String openedBy;
        @Column(name = "SETTLED_AT") LocalDateTime settledAt;
        @Column(name = "SETTLED_BY") String settledBy;
        /** When the branch was reminded to settle the month (once). */
        @Column(name = "REMINDED_AT") LocalDateTime remindedAt;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "MonthStepEntity")
    @Table(name = "DUES_MONTH_STEP")
    public static class MonthStepEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "MONTH_ID") long monthId;
        @Enumerated(EnumType.STRING) @Column(name = "ACTION") MonthAction action;
        @Enumerated(EnumType.STRING) @Column(name = "FROM_STATUS") MonthStatus fromStatus;
        @Enumerated(EnumType.STRING) @Column(name = "TO_STATUS") MonthStatus toStatus;
        @Column(name = "ACTOR") String actor;
        @Column(name = "OCCURRED_AT") LocalDateTime at;
        @Column(name = "NOTE") String note;
    }

    /** One member's dues of one period, collected by the month of {@code organizationId}. */
    @Entity(name = "DueEntity")
    @Table(name = "DUES_DUE")
    public static class DueEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
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

    @Entity(name = "ExtraEntity")
    @Table(name = "DUES_EXTRA")
    public static class ExtraEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "MEMBER_ID") long memberId;
        @Column(name = "MEMBER_NAME") String memberName;
        @Column(name = "ORGANIZATION_ID") long organizationId;
        @Column(name = "ORG_PATH") String orgPath;
        @Enumerated(EnumType.STRING) @Column(name = "KIND") ExtraKind kind;
        @Column(name = "AMOUNT") BigDecimal amount;
        @Column(name = "PAID_ON") LocalDate paidOn;
        @Column(name = "NOTE") String note;
        @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
        @Column(name = "RECORDED_BY") String recordedBy;
        @Version @Column(name = "VERSION") long version;
    }
}
