package org.grassroots.membership.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A 入党志愿书 number taken by a development file, or voided (spoiled, lost); never reused. */
@Entity(name = "FormNumberEntity")
@Table(name = "MEMB_FORM_NUMBER")
public class FormNumberEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = FileEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "RANGE_ID") long rangeId;
    @Column(name = "FORM_NO") String number;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") FormNumberStatus status;
    @Column(name = "FILE_ID") Long fileId;
    @Column(name = "REASON") String reason;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
}
