package org.grassroots.affairs.internal.assessment;

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

/** One judge's score (0–100) of a capability session, once per judge. */
@Entity(name = "SessionScoreEntity")
@Table(name = "AFF_SESSION_SCORE")
public class SessionScoreEntity {
    @Id
    @TableGenerator(name = Ids.IDS, table = Ids.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = Ids.SEQUENCE_NAME, allocationSize = Ids.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "SESSION_ID") long sessionId;
    @Column(name = "JUDGE_ID") long judgeId;
    @Column(name = "SCORE") int score;
    @Column(name = "COMMENT_TEXT") String comment;
    @Column(name = "SCORED_BY") String scoredBy;
    @Column(name = "SCORED_AT") LocalDateTime scoredAt;
}
