package org.grassroots.position.internal;

import java.math.BigDecimal;
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

/** A step or progress note of an upgrade project (POS_UPGRADE_STEP): who, when, a note, photos. */
@Entity(name = "UpgradeStepEntity")
@Table(name = "POS_UPGRADE_STEP")
@SuppressWarnings("unused")
public class UpgradeStepEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = PositionEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "UPGRADE_ID") long upgradeId;
    @Enumerated(EnumType.STRING) @Column(name = "ACTION") UpgradeAction action;
    @Enumerated(EnumType.STRING) @Column(name = "FROM_STATUS") UpgradeStatus fromStatus;
    @Enumerated(EnumType.STRING) @Column(name = "TO_STATUS") UpgradeStatus toStatus;
    @Column(name = "ACTOR") String actor;
    @Column(name = "OCCURRED_AT") LocalDateTime at;
    @Column(name = "NOTE") String note;
    @Column(name = "PHOTOS") String photos;
}
