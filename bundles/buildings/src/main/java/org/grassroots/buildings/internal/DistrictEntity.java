package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/** A business district (商圈) led by one Party organization. */
@Entity(name = "DistrictEntity")
@Table(name = "BLD_DISTRICT")
public class DistrictEntity {
    @Id
    @TableGenerator(name = "bld_district_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "DISTRICT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_district_ids")
    @Column(name = "ID") Long id;
    @Column(name = "LEAD_ORG_ID") long leadOrgId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "NAME") String name;
    @Column(name = "MECHANISM") String mechanism;
    @Column(name = "ESTABLISHED_ON") LocalDate establishedOn;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
