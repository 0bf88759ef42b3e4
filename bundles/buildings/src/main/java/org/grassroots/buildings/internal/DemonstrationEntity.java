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

/** The designation of a demonstration building (示范楼宇). */
@Entity(name = "DemonstrationEntity")
@Table(name = "BLD_DEMONSTRATION")
public class DemonstrationEntity {
    @Id
    @TableGenerator(name = "bld_demonstration_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "DEMONSTRATION", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_demonstration_ids")
    @Column(name = "ID") Long id;
    @Column(name = "BUILDING_ID") long buildingId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "DESIGNATED_ON") LocalDate designatedOn;
    @Column(name = "CRITERIA") String criteria;
    @Column(name = "UPGRADE_TASKS") String upgradeTasks;
    @Column(name = "DESIGNATED_BY") String designatedBy;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Version @Column(name = "VERSION") long version;
}
