package org.grassroots.community.internal;

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

@Entity(name = "TeamPostEntity")
@Table(name = "COMMUNITY_TEAM_POST")
public class TeamPostEntity {
    @Id
    @TableGenerator(name = EntityIds.IDS, table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "COMMUNITY", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "COMMUNITY_ID") long communityId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "MEMBER_ID") long memberId;
    @Enumerated(EnumType.STRING) @Column(name = "POST") TeamPost post;
    @Column(name = "TERM_START") LocalDate termStart;
    @Column(name = "TERM_END") LocalDate termEnd;
    @Column(name = "END_REASON") String endReason;
    @Column(name = "REPLACES_ID") Long replacesId;
    @Column(name = "STARTED_AT") LocalDateTime startedAt;
    @Column(name = "STARTED_BY") String startedBy;
    @Column(name = "ENDED_AT") LocalDateTime endedAt;
    @Column(name = "ENDED_BY") String endedBy;
    @Version @Column(name = "VERSION") long version;
}
