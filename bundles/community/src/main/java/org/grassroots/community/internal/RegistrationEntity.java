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

@Entity(name = "RegistrationEntity")
@Table(name = "COMMUNITY_REGISTRATION")
public class RegistrationEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "COMMUNITY_ID") long communityId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "VOLUNTEER_POST") String volunteerPost;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") RegistrationStatus status;
    @Column(name = "REGISTERED_ON") LocalDate registeredOn;
    @Column(name = "REGISTERED_AT") LocalDateTime registeredAt;
    @Column(name = "REGISTERED_BY") String registeredBy;
    @Column(name = "CANCELLED_ON") LocalDate cancelledOn;
    @Column(name = "CANCELLED_AT") LocalDateTime cancelledAt;
    @Column(name = "CANCELLED_BY") String cancelledBy;
    @Column(name = "CANCEL_REASON") String cancelReason;
    @Version @Column(name = "VERSION") long version;
}
