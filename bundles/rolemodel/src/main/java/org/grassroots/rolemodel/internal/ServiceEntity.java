package org.grassroots.rolemodel.internal;

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

/** A service record of a campaign, by a member or an organization. */
@Entity(name = "ServiceEntity")
@Table(name = "RM_SERVICE")
public class ServiceEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Enumerated(EnumType.STRING) @Column(name = "CAMPAIGN") Campaign campaign;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "MEMBER_ID") Long memberId;
    @Column(name = "MEMBER_NAME") String memberName;
    @Column(name = "WHAT") String what;
    @Column(name = "BENEFICIARY") String beneficiary;
    @Column(name = "HOURS") BigDecimal hours;
    @Column(name = "SERVED_ON") LocalDate servedOn;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
}
