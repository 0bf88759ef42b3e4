package org.grassroots.community.internal;

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

@Entity(name = "HoursEntity")
@Table(name = "COMMUNITY_HOURS")
public class HoursEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "REGISTRATION_ID") long registrationId;
    @Column(name = "COMMUNITY_ID") long communityId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "SERVED_ON") LocalDate servedOn;
    @Column(name = "HOURS") BigDecimal hours;
    @Column(name = "ACTIVITY") String activity;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") HoursStatus status;
    @Column(name = "SUBMITTED_AT") LocalDateTime submittedAt;
    @Column(name = "SUBMITTED_BY") String submittedBy;
    @Column(name = "DECIDED_AT") LocalDateTime decidedAt;
    @Column(name = "DECIDED_BY") String decidedBy;
    @Column(name = "REJECT_REASON") String rejectReason;
    @Version @Column(name = "VERSION") long version;
}
