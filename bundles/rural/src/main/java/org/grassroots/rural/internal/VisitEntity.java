package org.grassroots.rural.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

@Entity(name = "VisitEntity")
@Table(name = "RUR_VISIT")
public class VisitEntity {
    @Id
    @TableGenerator(name = "rur_visit_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "VISIT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_visit_ids")
    @Column(name = "ID") Long id;
    @Column(name = "VILLAGE_ID") long villageId;
    /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "LEADER_NAME") String leaderName;
    @Column(name = "LEADER_MEMBER_ID") Long leaderMemberId;
    @Column(name = "VISITED_ON") LocalDate visitedOn;
    @Column(name = "FINDINGS") String findings;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY") String recordedBy;
    @Version @Column(name = "VERSION") long version;
}
