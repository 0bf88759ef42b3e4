package org.grassroots.rolemodel.internal;

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

/** One lifecycle step of a role model: dated, with who recorded it and when. */
@Entity(name = "StepEntity")
@Table(name = "RM_MODEL_STEP")
public class StepEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Column(name = "MODEL_ID") long modelId;
    @Enumerated(EnumType.STRING) @Column(name = "ACTION") StageAction action;
    @Enumerated(EnumType.STRING) @Column(name = "FROM_STAGE") Stage fromStage;
    @Enumerated(EnumType.STRING) @Column(name = "TO_STAGE") Stage toStage;
    @Column(name = "STEP_ON") LocalDate on;
    @Column(name = "ACTOR") String actor;
    @Column(name = "DONE_AT") LocalDateTime at;
    @Column(name = "NOTE") String note;
}
