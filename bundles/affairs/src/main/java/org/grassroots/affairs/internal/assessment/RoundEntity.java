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

/** A yearly assessment round of a unit over the Party organizations below it (述职评议 or 分类定等). */
@Entity(name = "AssessRoundEntity")
@Table(name = "AFF_ASSESS_ROUND")
public class RoundEntity {
    @Id
    @TableGenerator(name = Ids.IDS, table = Ids.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = Ids.SEQUENCE_NAME, allocationSize = Ids.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.IDS)
    @Column(name = "ID") Long id;
    @Enumerated(EnumType.STRING) @Column(name = "KIND") RoundKind kind;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "YEAR_OF") int year;
    @Enumerated(EnumType.STRING) @Column(name = "SCHEME") GradeScheme scheme;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") RoundStatus status;
    @Column(name = "OPENED_BY") String openedBy;
    @Column(name = "OPENED_AT") LocalDateTime openedAt;
    @Column(name = "CLOSED_BY") String closedBy;
    @Column(name = "CLOSED_AT") LocalDateTime closedAt;
    @Version @Column(name = "VERSION") long version;
}
