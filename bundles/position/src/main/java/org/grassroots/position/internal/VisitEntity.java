package org.grassroots.position.internal;

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

/** Visits and services of one position, month and service type (POS_VISIT). */
@Entity(name = "VisitEntity")
@Table(name = "POS_VISIT")
@SuppressWarnings("unused")
public class VisitEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = PositionEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "POSITION_ID") long positionId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "PERIOD") int period;
    @Enumerated(EnumType.STRING) @Column(name = "SERVICE_TYPE") ServiceType serviceType;
    @Column(name = "VISITS") int visits;
    @Column(name = "SERVICES") int services;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
    @Version @Column(name = "VERSION") long version;
}
