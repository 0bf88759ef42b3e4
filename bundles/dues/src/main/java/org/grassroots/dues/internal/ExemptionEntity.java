package org.grassroots.dues.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity(name = "ExemptionEntity")
@Table(name = "DUES_EXEMPTION")
public class ExemptionEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "MEMBER_NAME") String memberName;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "FROM_PERIOD") int fromPeriod;
    @Column(name = "TO_PERIOD") int toPeriod;
    @Column(name = "REASON") String reason;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
