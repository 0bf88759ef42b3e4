package org.grassroots.rural.internal;

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

@Entity(name = "ProjectEntity")
@Table(name = "RUR_PROJECT")
public class ProjectEntity {
    @Id
    @TableGenerator(name = "rur_project_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "PROJECT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_project_ids")
    @Column(name = "ID") Long id;
    @Column(name = "VILLAGE_ID") long villageId;
    /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "NAME") String name;
    @Column(name = "START_YEAR") int startYear;
    @Column(name = "INVESTMENT") double investment;
    @Column(name = "OUTPUT_VALUE") double output;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") ProjectStatus status;
    @Version @Column(name = "VERSION") long version;
}
