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

@Entity(name = "ExemptionEntity")
@Table(name = "AFF_EXEMPTION")
public class ExemptionEntity {
    @Id
    @TableGenerator(name = EntityIds.IDS, table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = EntityIds.SEQUENCE_NAME, allocationSize = EntityIds.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "MEETING_TYPE") MeetingType type;
    @Column(name = "YEAR_OF") int year;
    @Column(name = "REASON") String reason;
    @Column(name = "GRANTED_BY") String grantedBy;
    @Column(name = "GRANTED_AT") LocalDateTime grantedAt;
    @Version @Column(name = "VERSION") long version;
}
