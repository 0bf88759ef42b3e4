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

import org.grassroots.affairs.internal.Codes.CampaignStatus;
import org.grassroots.affairs.internal.Codes.MeetingStatus;
import org.grassroots.affairs.internal.Codes.MeetingType;
import org.grassroots.affairs.internal.Codes.Period;
import org.grassroots.affairs.internal.Codes.Rating;

/**
 * The module's tables (AFF_*). Only this package's services touch entities; REST and shell see records. Times are
 * UTC. Units and members are core ids; {@code orgPath} is the unit's materialized path, kept current by core.
 */
final class Entities {
    static final String SEQUENCE = "AFF_SEQUENCE";
    static final String IDS = "aff_ids";
    /** The one id sequence of the module (the demo loader reserves ranges of it). */
    static final String SEQUENCE_NAME = "AFFAIRS";
    static final int ALLOCATION = 100;

    private Entities() {
    }

    @Entity(name = "MeetingEntity")
    @Table(name = "AFF_MEETING")
    public static class MeetingEntity {
        @Id
        @TableGenerator(name = IDS, table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = SEQUENCE_NAME, allocationSize = ALLOCATION)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
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
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "AttendanceEntity")
    @Table(name = "AFF_ATTENDANCE")
    public static class AttendanceEntity {
        @Id
        @TableGenerator(name = IDS, table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = SEQUENCE_NAME, allocationSize = ALLOCATION)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
        @Column(name = "ID") Long id;
        @Column(name = "MEETING_ID") long meetingId;
        @Column(name = "MEMBER_ID") long memberId;
        @Column(name = "PRESENT") short present;
        @Column(name = "REASON") String reason;
    }

    @Entity(name = "RuleEntity")
    @Table(name = "AFF_RULE")
    public static class RuleEntity {
        @Id
        @TableGenerator(name = IDS, table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = SEQUENCE_NAME, allocationSize = ALLOCATION)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
        @Column(name = "ID") Long id;
        @Column(name = "UNIT_ID") long unitId;
        @Column(name = "ORG_PATH") String orgPath;
        @Enumerated(EnumType.STRING) @Column(name = "MEETING_TYPE") MeetingType type;
        @Enumerated(EnumType.STRING) @Column(name = "PERIOD") Period period;
        @Column(name = "SET_BY") String setBy;
        @Column(name = "SET_AT") LocalDateTime setAt;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "ExemptionEntity")
    @Table(name = "AFF_EXEMPTION")
    public static class ExemptionEntity {
        @Id
        @TableGenerator(name = IDS, table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = SEQUENCE_NAME, allocationSize = ALLOCATION)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
        @Column(name = "ID") Long id;
        @Column(name = "ORGANIZATION_ID") long organizationId;
        @Column(name = "ORG_PATH") String orgPath;
        @Enumerated(EnumType.STRING) @Column(name = "MEETING_TYPE") MeetingType type;
        @Column(name = "YEAR_OF") int year;
        @Column(name = "REASON") String reason;
        @Column(name = "GRANTED_BY") String grantedBy;
        @Column(name = "GRANTED_AT") LocalDateTime grantedAt;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "CampaignEntity")
    @Table(name = "AFF_CAMPAIGN")
    public static class CampaignEntity {
        @Id
        @TableGenerator(name = IDS, table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = SEQUENCE_NAME, allocationSize = ALLOCATION)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
        @Column(name = "ID") Long id;
        @Column(name = "ORGANIZATION_ID") long organizationId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "YEAR_OF") int year;
        @Enumerated(EnumType.STRING) @Column(name = "STATUS") CampaignStatus status;
        @Column(name = "OPENED_BY") String openedBy;
        @Column(name = "OPENED_AT") LocalDateTime openedAt;
        @Column(name = "CLOSED_BY") String closedBy;
        @Column(name = "CLOSED_AT") LocalDateTime closedAt;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "RatingEntity")
    @Table(name = "AFF_RATING")
    public static class RatingEntity {
        @Id
        @TableGenerator(name = IDS, table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = SEQUENCE_NAME, allocationSize = ALLOCATION)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
        @Column(name = "ID") Long id;
        @Column(name = "CAMPAIGN_ID") long campaignId;
        @Column(name = "MEMBER_ID") long memberId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "YEAR_OF") int year;
        @Enumerated(EnumType.STRING) @Column(name = "RATING") Rating rating;
        @Column(name = "NOTE") String note;
        @Column(name = "FOLLOW_UP") String followUp;
        @Column(name = "EXCUSED") String excused;
        @Column(name = "RATED_BY") String ratedBy;
        @Column(name = "RATED_AT") LocalDateTime ratedAt;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "WorkerEntity")
    @Table(name = "AFF_WORKER")
    public static class WorkerEntity {
        @Id
        @TableGenerator(name = IDS, table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = SEQUENCE_NAME, allocationSize = ALLOCATION)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
        @Column(name = "ID") Long id;
        @Column(name = "MEMBER_ID") long memberId;
        @Enumerated(EnumType.STRING) @Column(name = "ROLE") Codes.WorkerRole role;
        @Column(name = "ORGANIZATION_ID") long organizationId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "ASSIGNED_BY") String assignedBy;
        @Column(name = "ASSIGNED_AT") LocalDateTime assignedAt;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "GuideEntity")
    @Table(name = "AFF_GUIDE")
    public static class GuideEntity {
        @Id
        @TableGenerator(name = IDS, table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = SEQUENCE_NAME, allocationSize = ALLOCATION)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
        @Column(name = "ID") Long id;
        @Column(name = "UNIT_ID") long unitId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "MONTH_OF") String month;
        @Enumerated(EnumType.STRING) @Column(name = "MEETING_TYPE") MeetingType type;
        @Column(name = "TITLE") String title;
        @Column(name = "DESCRIPTION") String description;
        @Column(name = "ISSUED_BY") String issuedBy;
        @Column(name = "ISSUED_AT") LocalDateTime issuedAt;
        @Version @Column(name = "VERSION") long version;
    }
}
