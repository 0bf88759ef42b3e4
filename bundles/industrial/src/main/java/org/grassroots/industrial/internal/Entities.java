package org.grassroots.industrial.internal;

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

import org.grassroots.industrial.RequestAction;
import org.grassroots.industrial.RequestStatus;

/**
 * The module's tables (IND_*). Fields are package-private: only this package's services touch entities; REST and
 * shell see records. Times are UTC. Units and members are core ids, never JPA relations; {@code orgPath} is the
 * referenced unit's materialized path, kept current by core (declared in the bundle's Grassroots-Scoped-Tables header), so lists filter by subtree in the query.
 */
final class Entities {
    static final String SEQUENCE = "IND_SEQUENCE";
    static final String IDS = "ind_ids";

    private Entities() {
    }

    @Entity(name = "ServiceRequestEntity")
    @Table(name = "IND_SERVICE_REQUEST")
    public static class ServiceRequestEntity {
        @Id
        @TableGenerator(name = "request_ids", table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "SERVICE_REQUEST", allocationSize = 50)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = "request_ids")
        @Column(name = "ID") Long id;
        @Column(name = "ORGANIZATION_ID") long organizationId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "PARK_ID") Long parkId;
        @Column(name = "GRID_ID") Long gridId;
        @Column(name = "CATEGORY") String category;
        @Column(name = "SERVICE_ID") Long serviceId;
        @Column(name = "TITLE") String title;
        @Column(name = "DESCRIPTION") String description;
        @Column(name = "CONTACT_NAME") String contactName;
        @Enumerated(EnumType.STRING) @Column(name = "STATUS") RequestStatus status;
        @Column(name = "SUBMITTED_AT") LocalDateTime submittedAt;
        @Column(name = "SUBMITTED_BY") String submittedBy;
        @Column(name = "SUBMITTER_MEMBER_ID") Long submitterMemberId;
        @Column(name = "DUE_AT") LocalDateTime dueAt;
        @Column(name = "ASSIGNEE_MEMBER_ID") Long assigneeMemberId;
        @Column(name = "ASSIGNEE_DEPARTMENT") String assigneeDepartment;
        @Column(name = "RESOLUTION") String resolution;
        @Column(name = "RESOLVED_AT") LocalDateTime resolvedAt;
        @Column(name = "RATING") Integer rating;
        @Column(name = "RATING_COMMENT") String ratingComment;
        @Column(name = "REOPEN_COUNT") int reopenCount;
        @Column(name = "ESCALATED_AT") LocalDateTime escalatedAt;
        @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "TransitionEntity")
    @Table(name = "IND_REQUEST_TRANSITION")
    public static class TransitionEntity {
        @Id
        @TableGenerator(name = IDS, table = SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
                pkColumnValue = "INDUSTRIAL", allocationSize = 100)
        @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
        @Column(name = "ID") Long id;
        @Column(name = "REQUEST_ID") long requestId;
        @Enumerated(EnumType.STRING) @Column(name = "ACTION") RequestAction action;
        @Enumerated(EnumType.STRING) @Column(name = "FROM_STATUS") RequestStatus fromStatus;
        @Enumerated(EnumType.STRING) @Column(name = "TO_STATUS") RequestStatus toStatus;
        @Column(name = "ACTOR") String actor;
        @Column(name = "OCCURRED_AT") LocalDateTime at;
        @Column(name = "NOTE") String note;
    }

    @Entity(name = "AttachmentEntity")
    @Table(name = "IND_REQUEST_ATTACHMENT")
    public static class AttachmentEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "REQUEST_ID") long requestId;
        @Column(name = "NAME") String name;
        @Column(name = "SIZE_BYTES") long size;
        @Column(name = "CONTENT_TYPE") String contentType;
        @Column(name = "REFERENCE") String reference;
        @Column(name = "ADDED_AT") LocalDateTime addedAt;
        @Column(name = "ADDED_BY") String addedBy;
    }

    @Entity(name = "EscalationEntity")
    @Table(name = "IND_ESCALATION")
    public static class EscalationEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "REQUEST_ID") long requestId;
        @Column(name = "PARK_ID") Long parkId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "DUE_AT") LocalDateTime dueAt;
        @Column(name = "ESCALATED_AT") LocalDateTime escalatedAt;
    }

    @Entity(name = "CategoryEntity")
    @Table(name = "IND_CATEGORY")
    public static class CategoryEntity {
        @Id @Column(name = "CODE") String code;
        @Column(name = "NAME_ZH") String nameZh;
        @Column(name = "NAME_EN") String nameEn;
        @Column(name = "DEADLINE_DAYS") int deadlineDays;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "CommunityEntity")
    @Table(name = "IND_COMMUNITY")
    public static class CommunityEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "PARK_ID") long parkId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "NAME") String name;
        @Column(name = "DESCRIPTION") String description;
        @Column(name = "SERVICE_CENTER") String serviceCenter;
        @Column(name = "CREATED_AT") LocalDateTime createdAt;
        @Column(name = "CREATED_BY") String createdBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "GridWorkerEntity")
    @Table(name = "IND_GRID_WORKER")
    public static class GridWorkerEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "GRID_ID") long gridId;
        @Column(name = "MEMBER_ID") long memberId;
        @Column(name = "ORG_PATH") String orgPath;
        @Enumerated(EnumType.STRING) @Column(name = "ROLE") Views.WorkerRole role;
        @Column(name = "ASSIGNED_AT") LocalDateTime assignedAt;
        @Column(name = "ASSIGNED_BY") String assignedBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "EnterpriseEntity")
    @Table(name = "IND_ENTERPRISE")
    public static class EnterpriseEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "ENTERPRISE_ID") long enterpriseId;
        @Column(name = "GRID_ID") long gridId;
        @Column(name = "ORG_PATH") String orgPath;
        @Enumerated(EnumType.STRING) @Column(name = "COVERAGE") Views.Coverage coverage;
        @Column(name = "COVERING_ORG_ID") Long coveringOrgId;
        @Column(name = "CONTACT_NAME") String contactName;
        @Column(name = "CONTACT_PHONE") String contactPhone;
        @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
        @Column(name = "UPDATED_BY") String updatedBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "ServiceEntity")
    @Table(name = "IND_SERVICE")
    public static class ServiceEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "PARK_ID") long parkId;
        @Column(name = "ORG_PATH") String orgPath;
        @Column(name = "NAME") String name;
        @Column(name = "CATEGORY") String category;
        @Column(name = "PROVIDER") String provider;
        @Column(name = "DESCRIPTION") String description;
        @Column(name = "ACTIVE") short active;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "ActivityEntity")
    @Table(name = "IND_ACTIVITY")
    public static class ActivityEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "UNIT_ID") long unitId;
        @Column(name = "ORG_PATH") String orgPath;
        @Enumerated(EnumType.STRING) @Column(name = "KIND") Views.ActivityKind kind;
        @Column(name = "TITLE") String title;
        @Column(name = "DESCRIPTION") String description;
        @Column(name = "HELD_ON") LocalDate heldOn;
        @Column(name = "LOCATION") String location;
        @Column(name = "CREATED_AT") LocalDateTime createdAt;
        @Column(name = "CREATED_BY") String createdBy;
        @Version @Column(name = "VERSION") long version;
    }

    @Entity(name = "ParticipantEntity")
    @Table(name = "IND_ACTIVITY_PARTICIPANT")
    public static class ParticipantEntity {
        @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS) @Column(name = "ID") Long id;
        @Column(name = "ACTIVITY_ID") long activityId;
        @Column(name = "ENTERPRISE_ID") Long enterpriseId;
        @Column(name = "MEMBER_ID") Long memberId;
    }
}
