package org.grassroots.affairs.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/** A 党小组: a named group of a branch's members with its leader. */
@Entity(name = "PartyGroupEntity")
@Table(name = "AFF_GROUP")
public class PartyGroupEntity {
    @Id
    @TableGenerator(name = EntityIds.IDS, table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = EntityIds.SEQUENCE_NAME, allocationSize = EntityIds.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "NAME") String name;
    @Column(name = "LEADER_ID") long leaderId;
    @Column(name = "CREATED_BY") String createdBy;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Version @Column(name = "VERSION") long version;
}
