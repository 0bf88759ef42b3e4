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

/** One item's score in an assessment (POS_SCORE); the item's category, text and weight are copied. */
@Entity(name = "ScoreEntity")
@Table(name = "POS_SCORE")
@SuppressWarnings("unused")
public class ScoreEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = PositionEntity.IDS) @Column(name = "ID") Long id;
    @Column(name = "ASSESSMENT_ID") long assessmentId;
    @Column(name = "ITEM_ID") long itemId;
    @Column(name = "POSITION_NO") int positionNo;
    @Enumerated(EnumType.STRING) @Column(name = "CATEGORY") StandardCategory category;
    @Column(name = "TEXT") String text;
    @Column(name = "WEIGHT") BigDecimal weight;
    @Column(name = "SCORE") BigDecimal score;
    @Column(name = "EVIDENCE") String evidence;
    @Column(name = "ATTACHMENT_ID") Long attachmentId;
}
