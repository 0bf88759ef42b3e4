package org.grassroots.buildings.internal;

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

/** The yearly assessment of a demonstration building. */
@Entity(name = "AssessmentEntity")
@Table(name = "BLD_ASSESSMENT")
public class AssessmentEntity {
    @Id
    @TableGenerator(name = "bld_assessment_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "ASSESSMENT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_assessment_ids")
    @Column(name = "ID") Long id;
    @Column(name = "BUILDING_ID") long buildingId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "ASSESS_YEAR") int year;
    @Column(name = "SCORE") int score;
    @Enumerated(EnumType.STRING) @Column(name = "GRADE") Grade grade;
    @Column(name = "NOTE") String note;
    @Column(name = "ASSESSED_AT") LocalDateTime assessedAt;
    @Column(name = "ASSESSED_BY") String assessedBy;
    @Version @Column(name = "VERSION") long version;
}
