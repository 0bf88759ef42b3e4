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

/** A secretary's annual report (述职) of one organization and year, rated by evaluators, decided by the level above. */
@Entity(name = "SecretaryReportEntity")
@Table(name = "AFF_SECRETARY_REPORT")
public class ReportEntity {
    @Id
    @TableGenerator(name = Ids.IDS, table = Ids.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = Ids.SEQUENCE_NAME, allocationSize = Ids.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "ROUND_ID") long roundId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "YEAR_OF") int year;
    @Column(name = "SECRETARY_ID") Long secretaryId;
    @Column(name = "BODY") String body;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") ReportStatus status;
    @Enumerated(EnumType.STRING) @Column(name = "RESULT_GRADE") ReportGrade result;
    @Column(name = "DECISION_NOTE") String decisionNote;
    @Column(name = "RETURN_NOTE") String returnNote;
    @Column(name = "SUBMITTED_BY") String submittedBy;
    @Column(name = "SUBMITTED_AT") LocalDateTime submittedAt;
    @Column(name = "DECIDED_BY") String decidedBy;
    @Column(name = "DECIDED_AT") LocalDateTime decidedAt;
    @Version @Column(name = "VERSION") long version;
}
