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
import javax.persistence.Version;

/** A nomination of a campaign; {@code orgPath} is the nominee's unit path, kept current by core. */
@Entity(name = "NominationEntity")
@Table(name = "RM_NOMINATION")
public class NominationEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Column(name = "CAMPAIGN_ID") long campaignId;
    @Enumerated(EnumType.STRING) @Column(name = "CATEGORY") AwardCategory category;
    @Enumerated(EnumType.STRING) @Column(name = "SUBJECT_KIND") SubjectKind subjectKind;
    @Column(name = "MEMBER_ID") Long memberId;
    @Column(name = "NAME") String name;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "FIELD") ModelField field;
    @Column(name = "DEEDS") String deeds;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") NominationStatus status;
    @Column(name = "PENDING_UNIT_ID") Long pendingUnitId;
    @Column(name = "PENDING_SINCE") LocalDateTime pendingSince;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
