package org.grassroots.rolemodel.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One decision of a recommendation: who decided at which level, and where it went. */
@Entity(name = "RecommendationStepEntity")
@Table(name = "RM_RECOMMENDATION_STEP")
public class RecommendationStepEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Column(name = "MODEL_ID") long modelId;
    @Enumerated(EnumType.STRING) @Column(name = "DECISION") Decision decision;
    @Column(name = "DECIDED_UNIT_ID") long unitId;
    @Column(name = "DECIDED_LEVEL") String level;
    @Column(name = "TO_UNIT_ID") Long toUnitId;
    @Column(name = "OPINION") String opinion;
    @Column(name = "ACTOR") String actor;
    @Column(name = "DECIDED_AT") LocalDateTime at;
}
