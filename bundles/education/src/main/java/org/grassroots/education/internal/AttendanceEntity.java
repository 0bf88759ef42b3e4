package org.grassroots.education.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A roster member's attendance at a held session (EDU_ATTENDANCE). */
@Entity(name = "EduAttendance")
@Table(name = "EDU_ATTENDANCE")
public class AttendanceEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "SESSION_ID") long sessionId;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") AttendanceStatus status;
}
