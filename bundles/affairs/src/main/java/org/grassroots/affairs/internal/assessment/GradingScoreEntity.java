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

/** The self-assessed score of one criterion of an organization's grading. */
@Entity(name = "GradingScoreEntity")
@Table(name = "AFF_GRADING_SCORE")
public class GradingScoreEntity {
    @Id
    @TableGenerator(name = Ids.IDS, table = Ids.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = Ids.SEQUENCE_NAME, allocationSize = Ids.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "GRADING_ID") long gradingId;
    @Column(name = "CRITERION_ID") long criterionId;
    @Column(name = "SCORE") int score;
}
