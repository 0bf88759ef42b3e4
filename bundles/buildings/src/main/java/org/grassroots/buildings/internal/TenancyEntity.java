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

/** An enterprise in a building from move-in to move-out, with its Party coverage. */
@Entity(name = "TenancyEntity")
@Table(name = "BLD_TENANCY")
public class TenancyEntity {
    @Id
    @TableGenerator(name = "bld_tenancy_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "TENANCY", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_tenancy_ids")
    @Column(name = "ID") Long id;
    @Column(name = "BUILDING_ID") long buildingId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "ENTERPRISE_ID") Long enterpriseId;
    @Column(name = "ENTERPRISE_NAME") String enterpriseName;
    @Column(name = "FLOOR_NO") Integer floorNo;
    @Column(name = "ROOM") String room;
    @Enumerated(EnumType.STRING) @Column(name = "COVERAGE") Coverage coverage;
    @Column(name = "COVERING_ORG_ID") Long coveringOrgId;
    @Column(name = "INSTRUCTOR_NAME") String instructorName;
    @Column(name = "FULL_MEMBERS") int fullMembers;
    @Column(name = "MOVED_IN") LocalDate movedIn;
    @Column(name = "MOVED_OUT") LocalDate movedOut;
    @Column(name = "MOVE_OUT_REASON") String moveOutReason;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
