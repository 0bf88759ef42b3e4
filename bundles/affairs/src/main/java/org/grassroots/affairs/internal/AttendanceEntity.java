package org.grassroots.affairs.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

@Entity(name = "AttendanceEntity")
@Table(name = "AFF_ATTENDANCE")
public class AttendanceEntity {
    @Id
    @TableGenerator(name = EntityIds.IDS, table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = EntityIds.SEQUENCE_NAME, allocationSize = EntityIds.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "MEETING_ID") long meetingId;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "PRESENT") short present;
    @Column(name = "REASON") String reason;
    /** 1 when present or absent with a proper reason; 0 for an absence without one. */
    @Column(name = "EXCUSED") short excused = 1;
}
