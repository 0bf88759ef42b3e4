package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An organized learning activity (组织学做) about a role model, held by a unit. */
@Entity(name = "LearningEntity")
@Table(name = "RM_LEARNING")
public class LearningEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Column(name = "MODEL_ID") long modelId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "TITLE") String title;
    @Column(name = "HELD_ON") LocalDate heldOn;
    @Column(name = "ATTENDEES") int attendees;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
}
