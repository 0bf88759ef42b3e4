package org.grassroots.industrial.internal;

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

import org.grassroots.industrial.RequestStatus;

@Entity(name = "ServiceRequestEntity")
@Table(name = "IND_SERVICE_REQUEST")
public class ServiceRequestEntity {
    @Id
    @TableGenerator(name = "request_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
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
