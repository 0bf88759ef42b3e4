package org.grassroots.education.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A member's check-in to a session with its code (EDU_CHECK_IN), one per member and session. */
@Entity(name = "EduCheckIn")
@Table(name = "EDU_CHECK_IN")
public class CheckInEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "SESSION_ID") long sessionId;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "CHECKED_AT") LocalDateTime checkedAt;
}
