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

/** The committee (直属党委 or 综合党委) that manages a 两新 organization. */
@Entity(name = "ManagementEntity")
@Table(name = "BLD_MANAGEMENT")
public class ManagementEntity {
    @Id
    @TableGenerator(name = "bld_management_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "MANAGEMENT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_management_ids")
    @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "COMMITTEE_ID") long committeeId;
    @Enumerated(EnumType.STRING) @Column(name = "KIND") ManagerKind kind;
    @Column(name = "SINCE") LocalDate since;
    /** The day the committee stopped managing the organization; null while the row is current. */
    @Column(name = "ENDED_ON") LocalDate endedOn;
    /** The organization's id while the row is current, null once ended: unique, so one current row per organization. */
    @Column(name = "ACTIVE_ORGANIZATION_ID") Long activeOrganizationId;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
