package org.grassroots.position.internal;

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

/** A room of a position booked for a day and a slot of minutes [start, end) (POS_BOOKING). */
@Entity(name = "BookingEntity")
@Table(name = "POS_BOOKING")
@SuppressWarnings("unused")
public class BookingEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = PositionEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "POSITION_ID") long positionId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "ROOM") String room;
    @Column(name = "BOOKING_DAY") LocalDate day;
    @Column(name = "START_MINUTE") int startMinute;
    @Column(name = "END_MINUTE") int endMinute;
    @Column(name = "BOOKER_ID") long bookerId;
    @Column(name = "PURPOSE") String purpose;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") BookingStatus status;
    @Column(name = "CANCEL_REASON") String cancelReason;
    @Column(name = "CANCELLED_AT") LocalDateTime cancelledAt;
    @Column(name = "CANCELLED_BY") String cancelledBy;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
