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

/** A building committee (楼委会). */
@Entity(name = "CommitteeEntity")
@Table(name = "BLD_COMMITTEE")
public class CommitteeEntity {
    @Id
    @TableGenerator(name = "bld_committee_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "COMMITTEE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_committee_ids")
    @Column(name = "ID") Long id;
    @Column(name = "BUILDING_ID") long buildingId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "NAME") String name;
    @Column(name = "ESTABLISHED_ON") LocalDate establishedOn;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
