package org.grassroots.education.internal;

import java.math.BigDecimal;
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

import org.grassroots.education.internal.Codes.AttendanceStatus;
import org.grassroots.education.internal.Codes.CreditSource;
import org.grassroots.education.internal.Codes.CreditStatus;
import org.grassroots.education.internal.Codes.RouteStatus;
import org.grassroots.education.internal.Codes.SessionStatus;
import org.grassroots.education.internal.Codes.SiteAction;
import org.grassroots.education.internal.Codes.SiteStatus;

/**
 * The module's tables (EDU_*). Fields are package-private: only this package's services touch entities; REST and
 * shell see records. Times are UTC except a session's start and end, which are the local wall-clock time people
 * meet at. Units and members are core ids, never JPA relations; {@code orgPath} is the row's unit path, kept
 * current by core (bnd.bnd's Grassroots-Scoped-Tables), so lists filter by subtree in the query.
 */
final class Entities {
    static final String SEQUENCE = "EDU_SEQUENCE";
    static final String IDS = "edu_ids";

    private Entities() {
    }

    @Entity(name = "EduCategory")
    @Table(name = "EDU_SITE_CATEGORY")
    public static class CategoryEntity {
        @Id @Column(name = "CODE") String code;
        @Column(name = "NAME_ZH") String nameZh;
        @Column(name = "NAME_EN") String nameEn;
        @Column(name = "POSITION") int position;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "EduSite")
    @Table(name = "EDU_SITE")
    public static class SiteEntity {
        @Id
        @TableGenerator(name = IDS, table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "EDUCATION", allocationSize = 100)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
        @Column(name = "ID") Long id;
        @Column(name = "UNIT_ID") long unitId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "NAME") String name;
        @Column(name = "CATEGORY") String category;
        @Column(name = "ADDRESS") String address;
        @Column(name = "LONGITUDE") Double longitude;
        @Column(name = "LATITUDE") Double latitude;
        @Column(name = "CAPACITY") int capacity;
        @Column(name = "OPENING_HOURS") String openingHours;
        @Column(name = "CONTACT_NAME") String contactName;
        @Column(name = "CONTACT_PHONE") String contactPhone;
        @Column(name = "DESCRIPTION") String description;
        @Enumerated(EnumType.STRING) @Column(name = "STATUS") SiteStatus status;
        @Column(name = "REJECT_REASON") String rejectReason;
        @Column(name = "PROPOSED_AT") LocalDateTime proposedAt;
        @Column(name = "PROPOSED_BY") String proposedBy;
        @Column(name = "REVIEWED_AT") LocalDateTime reviewedAt;
        @Column(name = "REVIEWED_BY") String reviewedBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "EduSiteStep")
    @Table(name = "EDU_SITE_STEP")
    public static class SiteStepEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "SITE_ID") long siteId;
        @Enumerated(EnumType.STRING) @Column(name = "ACTION") SiteAction action;
        @Enumerated(EnumType.STRING) @Column(name = "FROM_STATUS") SiteStatus fromStatus;
        @Enumerated(EnumType.STRING) @Column(name = "TO_STATUS") SiteStatus toStatus;
        @Column(name = "ACTOR") String actor;
        @Column(name = "OCCURRED_AT") LocalDateTime at;
        @Column(name = "NOTE") String note;
    }

    @Entity(name = "EduRoute")
    @Table(name = "EDU_ROUTE")
    public static class RouteEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "UNIT_ID") long unitId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "NAME") String name;
        @Column(name = "THEME") String theme;
        @Column(name = "DURATION_MINUTES") int durationMinutes;
        @Column(name = "SCHEDULE") String schedule;
        @Enumerated(EnumType.STRING) @Column(name = "STATUS") RouteStatus status;
        @Column(name = "PUBLISHED_AT") LocalDateTime publishedAt;
        @Column(name = "PUBLISHED_BY") String publishedBy;
        @Column(name = "CREATED_AT") LocalDateTime createdAt;
        @Column(name = "CREATED_BY") String createdBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "EduStop")
    @Table(name = "EDU_ROUTE_STOP")
    public static class StopEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "ROUTE_ID") long routeId;
        @Column(name = "POSITION") int position;
        @Column(name = "SITE_ID") long siteId;
    }

    @Entity(name = "EduProgram")
    @Table(name = "EDU_PROGRAM")
    public static class ProgramEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "UNIT_ID") long unitId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "NAME") String name;
        @Column(name = "DESCRIPTION") String description;
        @Column(name = "PROGRAM_YEAR") int year;
        @Column(name = "CREATED_AT") LocalDateTime createdAt;
        @Column(name = "CREATED_BY") String createdBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "EduSession")
    @Table(name = "EDU_SESSION")
    public static class SessionEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "PROGRAM_ID") Long programId;
        @Column(name = "UNIT_ID") long unitId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "TITLE") String title;
        @Column(name = "STARTS_AT") LocalDateTime startsAt;
        @Column(name = "ENDS_AT") LocalDateTime endsAt;
        @Column(name = "SITE_ID") Long siteId;
        @Column(name = "ROUTE_ID") Long routeId;
        @Column(name = "CAPACITY") int capacity;
        @Column(name = "CREDITED_HOURS") BigDecimal creditedHours;
        @Enumerated(EnumType.STRING) @Column(name = "STATUS") SessionStatus status;
        @Column(name = "CANCEL_REASON") String cancelReason;
        @Column(name = "ROSTER_SIZE") int rosterSize;
        @Column(name = "PRESENT_COUNT") int presentCount;
        @Column(name = "CREATED_AT") LocalDateTime createdAt;
        @Column(name = "CREATED_BY") String createdBy;
        @Column(name = "HELD_AT") LocalDateTime heldAt;
        @Column(name = "HELD_BY") String heldBy;
        @Column(name = "CLOSED_AT") LocalDateTime closedAt;
        @Column(name = "CLOSED_BY") String closedBy;
        @Column(name = "CHECK_IN_CODE") String checkInCode;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "EduCheckIn")
    @Table(name = "EDU_CHECK_IN")
    public static class CheckInEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "SESSION_ID") long sessionId;
        @Column(name = "MEMBER_ID") long memberId;
        @Column(name = "CHECKED_AT") LocalDateTime checkedAt;
    }

    @Entity(name = "EduTarget")
    @Table(name = "EDU_SESSION_TARGET")
    public static class TargetEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "SESSION_ID") long sessionId;
        @Column(name = "UNIT_ID") long unitId;
        @Column(name = "ORG_PATH") String orgPath;
    }

    @Entity(name = "EduAttendance")
    @Table(name = "EDU_ATTENDANCE")
    public static class AttendanceEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "SESSION_ID") long sessionId;
        @Column(name = "MEMBER_ID") long memberId;
        @Column(name = "UNIT_ID") long unitId;
        @Column(name = "ORG_PATH") String orgPath;
        @Enumerated(EnumType.STRING) @Column(name = "STATUS") AttendanceStatus status;
    }

    @Entity(name = "EduCredit")
    @Table(name = "EDU_CREDIT")
    public static class CreditEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "MEMBER_ID") long memberId;
        @Column(name = "UNIT_ID") long unitId;
        @Column(name = "ORG_PATH") String orgPath;
        @Enumerated(EnumType.STRING) @Column(name = "SOURCE") CreditSource source;
        @Column(name = "SESSION_ID") Long sessionId;
        @Column(name = "TITLE") String title;
        @Column(name = "STUDIED_ON") LocalDate studiedOn;
        @Column(name = "HOURS") BigDecimal hours;
        @Enumerated(EnumType.STRING) @Column(name = "STATUS") CreditStatus status;
        @Column(name = "REASON") String reason;
        @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
        @Column(name = "RECORDED_BY") String recordedBy;
        @Column(name = "DECIDED_AT") LocalDateTime decidedAt;
        @Column(name = "DECIDED_BY") String decidedBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "EduRequirement")
    @Table(name = "EDU_REQUIREMENT")
    public static class RequirementEntity {
        @Id @Column(name = "UNIT_ID") Long unitId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "HOURS") BigDecimal hours;
        @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
        @Column(name = "UPDATED_BY") String updatedBy;
        @Version @Column(name = "VERSION") long version;
    }
}
