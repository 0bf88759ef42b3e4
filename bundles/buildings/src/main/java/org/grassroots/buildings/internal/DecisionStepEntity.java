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

/** One step of a decision: from, to, who and when. */
@Entity(name = "DecisionStepEntity")
@Table(name = "BLD_DECISION_STEP")
public class DecisionStepEntity {
    @Id
    @TableGenerator(name = "bld_decision_step_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "DECISION_STEP", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_decision_step_ids")
    @Column(name = "ID") Long id;
    @Column(name = "DECISION_ID") long decisionId;
    @Enumerated(EnumType.STRING) @Column(name = "FROM_STATUS") DecisionStatus fromStatus;
    @Enumerated(EnumType.STRING) @Column(name = "TO_STATUS") DecisionStatus toStatus;
    @Column(name = "STEP_AT") LocalDateTime stepAt;
    @Column(name = "STEP_BY") String stepBy;
}
