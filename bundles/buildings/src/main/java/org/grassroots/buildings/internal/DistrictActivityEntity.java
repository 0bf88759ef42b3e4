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

/** A joint meeting or activity of a business district: the member units present (ids, comma-separated), participants, outcomes. */
@Entity(name = "DistrictActivityEntity")
@Table(name = "BLD_DISTRICT_ACTIVITY")
public class DistrictActivityEntity {
    @Id
    @TableGenerator(name = "bld_district_activity_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "DISTRICT_ACTIVITY", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bld_district_activity_ids")
    @Column(name = "ID") Long id;
    @Column(name = "DISTRICT_ID") long districtId;
    @Column(name = "LEAD_ORG_ID") long leadOrgId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "KIND") ActivityKind kind;
    @Column(name = "HELD_ON") LocalDate heldOn;
    @Column(name = "TOPIC") String topic;
    @Column(name = "PRESENT_UNITS") String presentUnits;
    @Column(name = "PARTICIPANTS") int participants;
    @Column(name = "OUTCOMES") String outcomes;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
    @Version @Column(name = "VERSION") long version;
}
