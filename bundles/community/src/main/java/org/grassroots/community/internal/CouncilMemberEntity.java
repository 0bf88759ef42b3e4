package org.grassroots.community.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A part-time member (兼职委员) of a street's 大工委 or a community's 大党委, from an institution or enterprise of the area. */
@Entity(name = "CouncilMemberEntity")
@Table(name = "COMMUNITY_COUNCIL_MEMBER")
public class CouncilMemberEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "PARTNER_ID") long partnerId;
    @Column(name = "ROLE_TITLE") String roleTitle;
    @Column(name = "STARTS_ON") LocalDate startsOn;
    @Column(name = "ENDS_ON") LocalDate endsOn;
    @Column(name = "END_REASON") String endReason;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
