package org.grassroots.rural.internal;

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

@Entity(name = "TaskEntity")
@Table(name = "RUR_TASK")
public class TaskEntity {
    @Id
    @TableGenerator(name = "rur_task_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "TASK", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_task_ids")
    @Column(name = "ID") Long id;
    @Column(name = "VISIT_ID") long visitId;
    @Column(name = "VILLAGE_ID") long villageId;
    /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "DESCRIPTION") String description;
    @Column(name = "OWNER_NAME") String owner;
    @Column(name = "DUE_ON") LocalDate dueOn;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") TaskStatus status;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
