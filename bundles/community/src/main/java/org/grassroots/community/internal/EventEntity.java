package org.grassroots.community.internal;

import java.math.BigDecimal;
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

@Entity(name = "EventEntity")
@Table(name = "COMMUNITY_EVENT")
public class EventEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "COMMUNITY_ID") long communityId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "KIND") EventKind kind;
    @Column(name = "TITLE") String title;
    @Column(name = "PLACE") String place;
    @Column(name = "HELD_ON") LocalDate heldOn;
    @Column(name = "HOURS") BigDecimal hours;
    @Column(name = "CODE") String code;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") EventStatus status;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Column(name = "CLOSED_AT") LocalDateTime closedAt;
    @Column(name = "CLOSED_BY") String closedBy;
    @Column(name = "CANCEL_REASON") String cancelReason;
    @Version @Column(name = "VERSION") long version;
}
