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

@Entity(name = "MonthStepEntity")
@Table(name = "DUES_MONTH_STEP")
public class MonthStepEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "MONTH_ID") long monthId;
    @Enumerated(EnumType.STRING) @Column(name = "ACTION") MonthAction action;
    @Enumerated(EnumType.STRING) @Column(name = "FROM_STATUS") MonthStatus fromStatus;
    @Enumerated(EnumType.STRING) @Column(name = "TO_STATUS") MonthStatus toStatus;
    @Column(name = "ACTOR") String actor;
    @Column(name = "OCCURRED_AT") LocalDateTime at;
    @Column(name = "NOTE") String note;
}
