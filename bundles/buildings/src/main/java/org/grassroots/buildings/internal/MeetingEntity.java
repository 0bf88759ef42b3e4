package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/** A meeting of a building committee. */
@Entity(name = "MeetingEntity")
@Table(name = "BLD_MEETING")
public class MeetingEntity {
    @Id
    @TableGenerator(name = "bld_meeting_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "MEETING", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_meeting_ids")
    @Column(name = "ID") Long id;
    @Column(name = "COMMITTEE_ID") long committeeId;
    @Column(name = "BUILDING_ID") long buildingId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "HELD_ON") LocalDate heldOn;
    @Column(name = "TOPIC") String topic;
    @Column(name = "ATTENDEES") int attendees;
    @Column(name = "MINUTES") String minutes;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
    @Version @Column(name = "VERSION") long version;
}
