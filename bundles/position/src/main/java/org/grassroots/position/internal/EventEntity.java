package org.grassroots.position.internal;

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

/** An event held at a position (POS_EVENT); its times are the district's wall-clock times. */
@Entity(name = "EventEntity")
@Table(name = "POS_EVENT")
@SuppressWarnings("unused")
public class EventEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = PositionEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "POSITION_ID") long positionId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "TITLE") String title;
    @Enumerated(EnumType.STRING) @Column(name = "SERVICE_TYPE") ServiceType serviceType;
    @Column(name = "STARTS_AT") LocalDateTime startsAt;
    @Column(name = "ENDS_AT") LocalDateTime endsAt;
    @Column(name = "CAPACITY") int capacity;
    @Column(name = "EVENT_CODE") String code;
    /** The room booking the event took when published with a room (POS_BOOKING), or null. */
    @Column(name = "BOOKING_ID") Long bookingId;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
