package org.grassroots.buildings.internal;

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

/** A member of a building committee with post and term. */
@Entity(name = "CommitteeMemberEntity")
@Table(name = "BLD_COMMITTEE_MEMBER")
public class CommitteeMemberEntity {
    @Id
    @TableGenerator(name = "bld_committee_member_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "COMMITTEE_MEMBER", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_committee_member_ids")
    @Column(name = "ID") Long id;
    @Column(name = "COMMITTEE_ID") long committeeId;
    @Column(name = "BUILDING_ID") long buildingId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "PERSON_NAME") String personName;
    @Enumerated(EnumType.STRING) @Column(name = "SIDE") MemberSide side;
    @Column(name = "REPRESENTS") String represents;
    @Enumerated(EnumType.STRING) @Column(name = "POST") CommitteePost post;
    @Column(name = "TERM_FROM") LocalDate termFrom;
    @Column(name = "TERM_TO") LocalDate termTo;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
