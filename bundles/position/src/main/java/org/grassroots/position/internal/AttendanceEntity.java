package org.grassroots.position.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A member's sign-up for an event and sign-in on the day (POS_ATTENDANCE), times in UTC. */
@Entity(name = "AttendanceEntity")
@Table(name = "POS_ATTENDANCE")
@SuppressWarnings("unused")
public class AttendanceEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = PositionEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "EVENT_ID") long eventId;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "SIGNED_UP_AT") LocalDateTime signedUpAt;
    @Column(name = "SIGNED_IN_AT") LocalDateTime signedInAt;
    /** The account that signed up or in: the reminder before the event goes to its inbox. */
    @Column(name = "ACCOUNT") String account;
    @Column(name = "REMINDED_AT") LocalDateTime remindedAt;
    @Version @Column(name = "VERSION") long version;
}
