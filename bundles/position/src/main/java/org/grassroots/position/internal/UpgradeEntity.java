package org.grassroots.position.internal;

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

/** An upgrade project of a position (POS_UPGRADE). */
@Entity(name = "UpgradeEntity")
@Table(name = "POS_UPGRADE")
@SuppressWarnings("unused")
public class UpgradeEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = PositionEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "POSITION_ID") long positionId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "TITLE") String title;
    @Column(name = "PLAN_TEXT") String plan;
    @Column(name = "BUDGET") BigDecimal budget;
    @Column(name = "PLANNED_START") LocalDate plannedStart;
    @Column(name = "PLANNED_END") LocalDate plannedEnd;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") UpgradeStatus status;
    @Column(name = "STARTED_ON") LocalDate startedOn;
    @Column(name = "COMPLETED_ON") LocalDate completedOn;
    @Column(name = "ACCEPTED_ON") LocalDate acceptedOn;
    @Column(name = "ACCEPTED_BY") String acceptedBy;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
