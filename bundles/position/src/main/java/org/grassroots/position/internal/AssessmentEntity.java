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

/** A position's assessment of a year against one standard version (POS_ASSESSMENT). */
@Entity(name = "AssessmentEntity")
@Table(name = "POS_ASSESSMENT")
@SuppressWarnings("unused")
public class AssessmentEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = PositionEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "POSITION_ID") long positionId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "ASSESS_YEAR") int year;
    @Column(name = "STANDARD_ID") long standardId;
    @Column(name = "TOTAL") BigDecimal total;
    @Column(name = "MAX_TOTAL") BigDecimal maxTotal;
    @Enumerated(EnumType.STRING) @Column(name = "GRADE") Grade grade;
    @Column(name = "ASSESSED_ON") LocalDate assessedOn;
    @Column(name = "ASSESSOR") String assessor;
    @Column(name = "NOTE") String note;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
