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
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/** A role model (典型); {@code orgPath} is its unit's materialized path, kept current by core. */
@Entity(name = "ModelEntity")
@Table(name = "RM_MODEL")
public class ModelEntity {
    @Id
    @TableGenerator(name = EntityIds.GENERATOR, table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "RM", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR)
    @Column(name = "ID") Long id;
    @Enumerated(EnumType.STRING) @Column(name = "SUBJECT_KIND") SubjectKind subjectKind;
    @Column(name = "MEMBER_ID") Long memberId;
    @Column(name = "NAME") String name;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "FIELD") ModelField field;
    @Column(name = "MODEL_YEAR") int year;
    @Column(name = "DEEDS") String deeds;
    @Enumerated(EnumType.STRING) @Column(name = "STAGE") Stage stage;
    @Enumerated(EnumType.STRING) @Column(name = "TIER") Tier tier;
    @Column(name = "DISCOVERED_ON") LocalDate discoveredOn;
    @Column(name = "CULTIVATED_ON") LocalDate cultivatedOn;
    @Column(name = "PUBLICIZED_ON") LocalDate publicizedOn;
    @Column(name = "LEARNING_ON") LocalDate learningOn;
    @Enumerated(EnumType.STRING) @Column(name = "REC_STATUS") RecommendationStatus recommendation;
    @Column(name = "PENDING_UNIT_ID") Long pendingUnitId;
    @Column(name = "PENDING_LEVEL") String pendingLevel;
    @Column(name = "PENDING_SINCE") LocalDateTime pendingSince;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
