package org.grassroots.affairs.internal;

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

@Entity(name = "CampaignEntity")
@Table(name = "AFF_CAMPAIGN")
public class CampaignEntity {
    @Id
    @TableGenerator(name = EntityIds.IDS, table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = EntityIds.SEQUENCE_NAME, allocationSize = EntityIds.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "YEAR_OF") int year;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") CampaignStatus status;
    @Column(name = "OPENED_BY") String openedBy;
    @Column(name = "OPENED_AT") LocalDateTime openedAt;
    @Column(name = "CLOSED_BY") String closedBy;
    @Column(name = "CLOSED_AT") LocalDateTime closedAt;
    @Version @Column(name = "VERSION") long version;
}
