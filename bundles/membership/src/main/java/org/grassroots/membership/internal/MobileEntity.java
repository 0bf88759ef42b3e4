package org.grassroots.membership.internal;

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

/** A mobile member's registration (流动党员), outflow or inflow, until the return. The contact is encrypted. */
@Entity(name = "MobileEntity")
@Table(name = "MEMB_MOBILE")
public class MobileEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = FileEntity.IDS) @Column(name = "ID") Long id;
    @Enumerated(EnumType.STRING) @Column(name = "DIRECTION") MobileDirection direction;
    @Column(name = "MEMBER_ID") Long memberId;
    @Column(name = "MEMBER_NAME") String memberName;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "PLACE") String place;
    @Column(name = "REASON") String reason;
    @Column(name = "SINCE") LocalDate since;
    @Column(name = "CONTACT") String contact;
    @Column(name = "MANAGED_BY") String managedBy;
    @Column(name = "RETURNED_ON") LocalDate returnedOn;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
