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

/** An item of a standard version's checklist (POS_STANDARD_ITEM), with its weight in points. */
@Entity(name = "StandardItemEntity")
@Table(name = "POS_STANDARD_ITEM")
@SuppressWarnings("unused")
public class StandardItemEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = PositionEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "STANDARD_ID") long standardId;
    @Column(name = "POSITION_NO") int positionNo;
    @Enumerated(EnumType.STRING) @Column(name = "CATEGORY") StandardCategory category;
    @Column(name = "TEXT") String text;
    @Column(name = "WEIGHT") BigDecimal weight;
}
