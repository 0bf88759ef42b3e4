package org.grassroots.buildings.internal;

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

/** A decision of a committee meeting, followed up to its due date. */
@Entity(name = "DecisionEntity")
@Table(name = "BLD_DECISION")
public class DecisionEntity {
    @Id
    @TableGenerator(name = "bld_decision_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "DECISION", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_decision_ids")
    @Column(name = "ID") Long id;
    @Column(name = "MEETING_ID") long meetingId;
    @Column(name = "BUILDING_ID") long buildingId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "CONTENT") String content;
    @Column(name = "OWNER_NAME") String ownerName;
    @Column(name = "DUE_ON") LocalDate dueOn;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") DecisionStatus status;
    @Column(name = "DONE_ON") LocalDate doneOn;
    @Column(name = "OVERDUE_NOTIFIED_AT") LocalDateTime overdueNotifiedAt;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
