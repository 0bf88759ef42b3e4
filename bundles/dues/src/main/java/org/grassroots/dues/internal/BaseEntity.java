package org.grassroots.dues.internal;

import java.math.BigDecimal;
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

/** A member's monthly base for a year and the amount the bands give. */
@Entity(name = "BaseEntity")
@Table(name = "DUES_BASE")
public class BaseEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
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
