package org.grassroots.dues.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity(name = "MonthEntity")
@Table(name = "DUES_MONTH")
public class MonthEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "PERIOD") int period;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") MonthStatus status;
    @Column(name = "OPENED_AT") LocalDateTime openedAt;
    @Column(name = "OPENED_BY") String openedBy;
    @Column(name = "SETTLED_AT") LocalDateTime settledAt;
    @Column(name = "SETTLED_BY") String settledBy;
    /** When the branch was reminded to settle the month (once). */
    @Column(name = "REMINDED_AT") LocalDateTime remindedAt;
    @Version @Column(name = "VERSION") long version;
}
