package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** The district's study-point rule of one credit source (EDU_POINT_RULE): points per approved hour. */
@Entity(name = "EduPointRule")
@Table(name = "EDU_POINT_RULE")
public class PointRuleEntity {
    @Id @Enumerated(EnumType.STRING) @Column(name = "SOURCE") CreditSource source;
    @Column(name = "POINTS_PER_HOUR") BigDecimal pointsPerHour;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
