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

/** One evaluator's rating of a secretary's report (好/较好/一般/差), once per evaluator. */
@Entity(name = "ReportRatingEntity")
@Table(name = "AFF_REPORT_RATING")
public class ReportRatingEntity {
    @Id
    @TableGenerator(name = Ids.IDS, table = Ids.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = Ids.SEQUENCE_NAME, allocationSize = Ids.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "REPORT_ID") long reportId;
    @Column(name = "EVALUATOR_ID") long evaluatorId;
    @Enumerated(EnumType.STRING) @Column(name = "GRADE") ReportGrade grade;
    @Column(name = "COMMENT_TEXT") String comment;
    @Column(name = "RATED_BY") String ratedBy;
    @Column(name = "RATED_AT") LocalDateTime ratedAt;
}
