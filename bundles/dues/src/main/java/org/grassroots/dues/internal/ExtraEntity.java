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

@Entity(name = "ExtraEntity")
@Table(name = "DUES_EXTRA")
public class ExtraEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
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
