package org.grassroots.buildings.internal;

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

/** The profile of a building (a core unit of type BUILDING). */
@Entity(name = "BuildingEntity")
@Table(name = "BLD_BUILDING")
public class BuildingEntity {
    @Id
    @TableGenerator(name = "bld_building_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "BUILDING", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_building_ids")
    @Column(name = "ID") Long id;
    @Column(name = "BUILDING_ID") long buildingId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "BELT") Belt belt;
    @Column(name = "ADDRESS") String address;
    @Column(name = "FLOORS") Integer floors;
    @Column(name = "AREA_SQM") Double areaSqm;
    @Column(name = "PROPERTY_MANAGER") String propertyManager;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
