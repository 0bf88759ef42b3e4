package org.grassroots.community.internal;

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

@Entity(name = "WishEntity")
@Table(name = "COMMUNITY_WISH")
public class WishEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "COMMUNITY_ID") long communityId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "TITLE") String title;
    @Column(name = "DETAIL") String detail;
    @Column(name = "BENEFICIARY") String beneficiary;
    @Column(name = "PUBLISHED_ON") LocalDate publishedOn;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") WishStatus status;
    @Column(name = "PARTNER_ID") Long partnerId;
    @Column(name = "MEMBER_ID") Long memberId;
    @Column(name = "CLAIMED_AT") LocalDateTime claimedAt;
    @Column(name = "CLAIMED_BY") String claimedBy;
    @Column(name = "FULFILLED_ON") LocalDate fulfilledOn;
    @Column(name = "NOTE") String note;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Column(name = "DECIDED_AT") LocalDateTime decidedAt;
    @Column(name = "DECIDED_BY") String decidedBy;
    @Version @Column(name = "VERSION") long version;
}
