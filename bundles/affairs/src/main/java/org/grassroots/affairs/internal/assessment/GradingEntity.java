package org.grassroots.affairs.internal.assessment;

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

/** An organization's grading of a year: its self-assessment (scores per criterion) and the level above's grade. */
@Entity(name = "GradingEntity")
@Table(name = "AFF_GRADING")
public class GradingEntity {
    @Id
    @TableGenerator(name = Ids.IDS, table = Ids.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = Ids.SEQUENCE_NAME, allocationSize = Ids.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "ROUND_ID") long roundId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "YEAR_OF") int year;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") GradingStatus status;
    @Column(name = "SELF_TOTAL") Integer selfTotal;
    @Column(name = "FULL_MARKS") int fullMarks;
    @Enumerated(EnumType.STRING) @Column(name = "PROPOSED") OrgGrade proposed;
    @Enumerated(EnumType.STRING) @Column(name = "GRADE") OrgGrade grade;
    @Column(name = "SELF_NOTE") String selfNote;
    @Column(name = "DECISION_NOTE") String decisionNote;
    @Column(name = "RETURN_NOTE") String returnNote;
    @Column(name = "ASSESSED_BY") String assessedBy;
    @Column(name = "ASSESSED_AT") LocalDateTime assessedAt;
    @Column(name = "DECIDED_BY") String decidedBy;
    @Column(name = "DECIDED_AT") LocalDateTime decidedAt;
    @Version @Column(name = "VERSION") long version;
}
