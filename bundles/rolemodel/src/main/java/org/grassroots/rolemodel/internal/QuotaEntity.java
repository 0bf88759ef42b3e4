package org.grassroots.rolemodel.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** At most {@code quota} live nominations of a category from a unit's subtree in a campaign. */
@Entity(name = "QuotaEntity")
@Table(name = "RM_AWARD_QUOTA")
public class QuotaEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Column(name = "CAMPAIGN_ID") long campaignId;
    @Enumerated(EnumType.STRING) @Column(name = "CATEGORY") AwardCategory category;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "QUOTA") int quota;
}
