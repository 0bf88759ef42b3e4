package org.grassroots.community.internal;

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
import javax.persistence.Version;

/** An issue (议题) raised at a joint meeting: assigned to a member unit with a due date, closed with the result. */
@Entity(name = "IssueEntity")
@Table(name = "COMMUNITY_ISSUE")
public class IssueEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "MEETING_ID") long meetingId;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "TITLE") String title;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") IssueStatus status;
    @Column(name = "ASSIGNEE_ID") Long assigneeId;
    @Column(name = "DUE_ON") LocalDate dueOn;
    @Column(name = "RESULT") String result;
    @Column(name = "CLOSED_ON") LocalDate closedOn;
    @Column(name = "CHANGED_AT") LocalDateTime changedAt;
    @Column(name = "CHANGED_BY") String changedBy;
    @Version @Column(name = "VERSION") long version;
}
