package org.grassroots.community.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A member signed up for an event and (on the day, by its code) signed in; the hours a volunteer sign-in earned. */
@Entity(name = "AttendeeEntity")
@Table(name = "COMMUNITY_EVENT_ATTENDEE")
public class AttendeeEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "EVENT_ID") long eventId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "SIGNED_UP_AT") LocalDateTime signedUpAt;
    @Column(name = "SIGNED_IN_AT") LocalDateTime signedInAt;
    @Column(name = "HOURS_ID") Long hoursId;
}
