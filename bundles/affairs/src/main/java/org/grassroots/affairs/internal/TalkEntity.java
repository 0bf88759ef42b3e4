package org.grassroots.affairs.internal;

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

/** A 谈心谈话 talk: who talked with which member of an organization, when, about what. */
@Entity(name = "TalkEntity")
@Table(name = "AFF_TALK")
public class TalkEntity {
    @Id
    @TableGenerator(name = EntityIds.IDS, table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = EntityIds.SEQUENCE_NAME, allocationSize = EntityIds.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "TALKER_ID") long talkerId;
    @Column(name = "HELD_ON") LocalDate heldOn;
    @Column(name = "YEAR_OF") int year;
    @Column(name = "TOPIC") String topic;
    @Column(name = "NOTES") String notes;
    @Column(name = "RECORDED_BY") String recordedBy;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Version @Column(name = "VERSION") long version;
}
