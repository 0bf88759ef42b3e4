package org.grassroots.membership.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** One configurable step of the pipeline: its position, kind, the step it follows and the interval since. */
@Entity(name = "StepRuleEntity")
@Table(name = "MEMB_STEP_RULE")
public class StepRuleEntity {
    @Id @Enumerated(EnumType.STRING) @Column(name = "CODE") StepCode code;
    @Column(name = "POSITION") int position;
    @Enumerated(EnumType.STRING) @Column(name = "KIND") StepKind kind;
    @Enumerated(EnumType.STRING) @Column(name = "AFTER_STEP") StepCode after;
    @Column(name = "MIN_DAYS") Integer minDays;
    @Column(name = "MAX_DAYS") Integer maxDays;
    @Column(name = "ENABLED") int enabled;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
