package org.grassroots.membership.internal;

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

/** One dated, attributed step of a development file. */
@Entity(name = "StepEntity")
@Table(name = "MEMB_STEP")
public class StepEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = FileEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "FILE_ID") long fileId;
    @Enumerated(EnumType.STRING) @Column(name = "CODE") StepCode code;
    @Column(name = "DONE_ON") LocalDate doneOn;
    @Column(name = "NOTE") String note;
    @Column(name = "HOURS") Integer hours;
    @Column(name = "DAYS") Integer days;
    @Column(name = "MONTHS") Integer months;
    @Column(name = "ENTITLED") Integer entitled;
    @Column(name = "PRESENT") Integer present;
    @Column(name = "IN_FAVOUR") Integer inFavour;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
}
