package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A district-level direct contact point (区级直接联系点): a unit linked to a district leader for a period. */
@Entity(name = "ContactPointEntity")
@Table(name = "RM_CONTACT_POINT")
public class ContactPointEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.GENERATOR) @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "LEADER_MEMBER_ID") long leaderId;
    @Column(name = "LEADER_NAME") String leaderName;
    @Column(name = "LEADER_TITLE") String leaderTitle;
    @Column(name = "STARTS_ON") LocalDate startsOn;
    @Column(name = "ENDS_ON") LocalDate endsOn;
    @Column(name = "NOTE") String note;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
