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

/** A rectification item of an assessment (POS_RECTIFICATION). */
@Entity(name = "RectificationEntity")
@Table(name = "POS_RECTIFICATION")
@SuppressWarnings("unused")
public class RectificationEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = PositionEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "ASSESSMENT_ID") long assessmentId;
    @Column(name = "POSITION_ID") long positionId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "ITEM") String item;
    @Column(name = "DEADLINE") LocalDate deadline;
    @Column(name = "RESPONSIBLE") String responsible;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") RectificationStatus status;
    @Column(name = "DONE_ON") LocalDate doneOn;
    @Column(name = "DONE_NOTE") String doneNote;
    @Column(name = "DONE_BY") String doneBy;
    @Column(name = "NOTIFIED_AT") LocalDateTime notifiedAt;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
