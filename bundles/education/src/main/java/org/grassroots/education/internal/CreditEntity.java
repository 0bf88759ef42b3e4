package org.grassroots.education.internal;

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

/** Study hours credited to a member (EDU_CREDIT): from a session or self-study, pending until approved. */
@Entity(name = "EduCredit")
@Table(name = "EDU_CREDIT")
public class CreditEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "SOURCE") CreditSource source;
    @Column(name = "SESSION_ID") Long sessionId;
    @Column(name = "TITLE") String title;
    @Column(name = "STUDIED_ON") LocalDate studiedOn;
    @Column(name = "HOURS") BigDecimal hours;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") CreditStatus status;
    @Column(name = "REASON") String reason;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
    @Column(name = "DECIDED_AT") LocalDateTime decidedAt;
    @Column(name = "DECIDED_BY") String decidedBy;
    @Version @Column(name = "VERSION") long version;
}
