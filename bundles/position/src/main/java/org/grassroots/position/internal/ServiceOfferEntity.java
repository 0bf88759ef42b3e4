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

/** A service a position offers (服务事项, POS_SERVICE). */
@Entity(name = "ServiceOfferEntity")
@Table(name = "POS_SERVICE")
@SuppressWarnings("unused")
public class ServiceOfferEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = PositionEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "POSITION_ID") long positionId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "NAME") String name;
    @Enumerated(EnumType.STRING) @Column(name = "SERVICE_TYPE") ServiceType serviceType;
    @Column(name = "DESCRIPTION") String description;
    @Column(name = "SCHEDULE") String schedule;
    @Column(name = "ACTIVE") short active;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
