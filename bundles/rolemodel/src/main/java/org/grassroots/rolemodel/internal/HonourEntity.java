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

/** An entry of the honours register (written once, when a nomination is awarded). */
@Entity(name = "HonourEntity")
@Table(name = "RM_HONOUR")
public class HonourEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Column(name = "NOMINATION_ID") Long nominationId;
    @Column(name = "CAMPAIGN_ID") Long campaignId;
    @Column(name = "TITLE") String title;
    @Enumerated(EnumType.STRING) @Column(name = "CATEGORY") AwardCategory category;
    @Enumerated(EnumType.STRING) @Column(name = "SUBJECT_KIND") SubjectKind subjectKind;
    @Column(name = "MEMBER_ID") Long memberId;
    @Column(name = "NAME") String name;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "AWARD_LEVEL") Tier level;
    @Column(name = "AWARD_YEAR") int year;
    @Column(name = "ISSUER") String issuer;
    @Column(name = "AWARDED_ON") LocalDate awardedOn;
    @Column(name = "MODEL_ID") Long modelId;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
}
