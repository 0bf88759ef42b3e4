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

import org.grassroots.core.api.UnitType;

/** A building or unit in a business district. */
@Entity(name = "DistrictMemberEntity")
@Table(name = "BLD_DISTRICT_MEMBER")
public class DistrictMemberEntity {
    @Id
    @TableGenerator(name = "bld_district_member_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "DISTRICT_MEMBER", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_district_member_ids")
    @Column(name = "ID") Long id;
    @Column(name = "DISTRICT_ID") long districtId;
    @Column(name = "LEAD_ORG_ID") long leadOrgId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "UNIT_ID") long unitId;
    @Enumerated(EnumType.STRING) @Column(name = "UNIT_TYPE") UnitType unitType;
    @Column(name = "JOINED_ON") LocalDate joinedOn;
    /** The day it left the district; null while it is a member. */
    @Column(name = "LEFT_ON") LocalDate leftOn;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
