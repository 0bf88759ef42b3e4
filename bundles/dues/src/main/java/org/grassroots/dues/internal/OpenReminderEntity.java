package org.grassroots.dues.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An organization reminded to open a month it had not opened by the opening day (one row per organization and month). */
@Entity(name = "OpenReminderEntity")
@Table(name = "DUES_OPEN_REMINDER")
public class OpenReminderEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "PERIOD") int period;
    @Column(name = "REMINDED_AT") LocalDateTime remindedAt;
}
