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

/** One step of a nomination: who took it at which unit, and where the nomination went. */
@Entity(name = "NominationStepEntity")
@Table(name = "RM_NOMINATION_STEP")
public class NominationStepEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Column(name = "NOMINATION_ID") long nominationId;
    @Enumerated(EnumType.STRING) @Column(name = "ACTION") NominationAction action;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "TO_UNIT_ID") Long toUnitId;
    @Column(name = "OPINION") String opinion;
    @Column(name = "ACTOR") String actor;
    @Column(name = "DECIDED_AT") LocalDateTime at;
}
