package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A unit's own annual study-hour requirement (EDU_REQUIREMENT), inherited by the units below. */
@Entity(name = "EduRequirement")
@Table(name = "EDU_REQUIREMENT")
public class RequirementEntity {
    @Id @Column(name = "UNIT_ID") Long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "HOURS") BigDecimal hours;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
