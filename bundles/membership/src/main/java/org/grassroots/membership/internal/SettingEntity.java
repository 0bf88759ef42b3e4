package org.grassroots.membership.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** One number of the development rules (minimum age, probation months, training hours, notice days, report days). */
@Entity(name = "SettingEntity")
@Table(name = "MEMB_SETTING")
public class SettingEntity {
    @Id @Column(name = "SETTING_KEY") String key;
    @Column(name = "SETTING_VALUE") int value;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
