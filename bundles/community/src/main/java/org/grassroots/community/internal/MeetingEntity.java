package org.grassroots.community.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A joint meeting (联席会议) of a council, with the council members present (ids, comma-separated) and its minutes. */
@Entity(name = "MeetingEntity")
@Table(name = "COMMUNITY_MEETING")
public class MeetingEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "TITLE") String title;
    @Column(name = "HELD_ON") LocalDate heldOn;
    @Column(name = "PRESENT") String present;
    @Column(name = "MINUTES") String minutes;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
}
