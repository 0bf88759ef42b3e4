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

/** One scored criterion of a grading round (e.g. 组织建设 20 分), in the round's order. */
@Entity(name = "AssessCriterionEntity")
@Table(name = "AFF_GRADE_CRITERION")
public class CriterionEntity {
    @Id
    @TableGenerator(name = Ids.IDS, table = Ids.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = Ids.SEQUENCE_NAME, allocationSize = Ids.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "ROUND_ID") long roundId;
    @Column(name = "SORT_ORDER") int sortOrder;
    @Column(name = "NAME") String name;
    @Column(name = "MAX_SCORE") int maxScore;
}
