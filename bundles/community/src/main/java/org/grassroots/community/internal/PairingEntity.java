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

@Entity(name = "PairingEntity")
@Table(name = "COMMUNITY_PAIRING")
public class PairingEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "COMMUNITY_ID") long communityId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "PARTNER_ID") long partnerId;
    @Column(name = "STARTS_ON") LocalDate startsOn;
    @Column(name = "ENDS_ON") LocalDate endsOn;
    @Column(name = "RESOURCES") String resources;
    @Column(name = "NEEDS") String needs;
    @Column(name = "PROJECTS") String projects;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") PairingStatus status;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Column(name = "ENDED_ON") LocalDate endedOn;
    @Column(name = "ENDED_AT") LocalDateTime endedAt;
    @Column(name = "ENDED_BY") String endedBy;
    @Column(name = "END_REASON") String endReason;
    @Version @Column(name = "VERSION") long version;
}
