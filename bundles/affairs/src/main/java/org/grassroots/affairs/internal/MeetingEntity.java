package org.grassroots.affairs.internal;

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
import javax.persistence.TableGenerator;
import javax.persistence.Version;

@Entity(name = "MeetingEntity")
@Table(name = "AFF_MEETING")
public class MeetingEntity {
    @Id
    @TableGenerator(name = EntityIds.IDS, table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = EntityIds.SEQUENCE_NAME, allocationSize = EntityIds.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "MEETING_TYPE") MeetingType type;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") MeetingStatus status;
    @Column(name = "TITLE") String title;
    @Column(name = "TOPICS") String topics;
    @Column(name = "PLANNED_ON") LocalDate plannedOn;
    @Column(name = "PLACE") String place;
    @Column(name = "HELD_ON") LocalDate heldOn;
    @Column(name = "HELD_YEAR") Integer heldYear;
    @Column(name = "HELD_QUARTER") Integer heldQuarter;
    @Column(name = "HELD_MONTH") Integer heldMonth;
    @Column(name = "CHAIR_MEMBER_ID") Long chairMemberId;
    @Column(name = "RECORDER_MEMBER_ID") Long recorderMemberId;
    @Column(name = "LECTURER_MEMBER_ID") Long lecturerMemberId;
    @Column(name = "BY_SECRETARY") short bySecretary;
    @Column(name = "ENTITLED") int entitled;
    @Column(name = "PRESENT") int present;
    @Column(name = "COUNTED") short counted;
    @Column(name = "SUMMARY") String summary;
    @Column(name = "REVIEW_NOTE") String reviewNote;
    @Column(name = "RETURN_COUNT") int returnCount;
    @Column(name = "PLANNED_BY") String plannedBy;
    @Column(name = "PLANNED_AT") LocalDateTime plannedAt;
    @Column(name = "HELD_BY") String heldBy;
    @Column(name = "HELD_AT") LocalDateTime heldAt;
    @Column(name = "SUBMITTED_BY") String submittedBy;
    @Column(name = "SUBMITTED_AT") LocalDateTime submittedAt;
    @Column(name = "REVIEWED_BY") String reviewedBy;
    @Column(name = "REVIEWED_AT") LocalDateTime reviewedAt;
    @Column(name = "ARCHIVED_BY") String archivedBy;
    @Column(name = "ARCHIVED_AT") LocalDateTime archivedAt;
    @Column(name = "CANCELLED_BY") String cancelledBy;
    @Column(name = "CANCELLED_AT") LocalDateTime cancelledAt;
    @Column(name = "CANCEL_REASON") String cancelReason;
    @Column(name = "GUIDE_ID") Long guideId;
    @Column(name = "GROUP_ID") Long groupId;
    @Version @Column(name = "VERSION") long version;
}
