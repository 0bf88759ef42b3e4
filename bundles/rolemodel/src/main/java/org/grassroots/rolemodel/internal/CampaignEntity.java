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
import javax.persistence.Version;

/** An award campaign; {@code categories} holds its category codes comma-separated. */
@Entity(name = "CampaignEntity")
@Table(name = "RM_AWARD_CAMPAIGN")
public class CampaignEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Column(name = "NAME") String name;
    @Enumerated(EnumType.STRING) @Column(name = "KIND") AwardKind kind;
    @Column(name = "AWARD_YEAR") int year;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "ISSUER") String issuer;
    @Enumerated(EnumType.STRING) @Column(name = "AWARD_LEVEL") Tier level;
    @Column(name = "CATEGORIES") String categories;
    @Column(name = "OPENS_ON") LocalDate opensOn;
    @Column(name = "CLOSES_ON") LocalDate closesOn;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
