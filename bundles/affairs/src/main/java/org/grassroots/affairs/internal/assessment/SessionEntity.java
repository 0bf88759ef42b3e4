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

/** A capability session (上讲台、亮功夫): a member presents a topic on a day; judges score it 0–100. */
@Entity(name = "CapabilitySessionEntity")
@Table(name = "AFF_SESSION")
public class SessionEntity {
    @Id
    @TableGenerator(name = Ids.IDS, table = Ids.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = Ids.SEQUENCE_NAME, allocationSize = Ids.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = Ids.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "PRESENTER_ID") long presenterId;
    @Column(name = "TOPIC") String topic;
    @Column(name = "HELD_ON") LocalDate heldOn;
    @Column(name = "YEAR_OF") int year;
    @Column(name = "QUARTER_OF") int quarter;
    @Column(name = "RECORDED_BY") String recordedBy;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Version @Column(name = "VERSION") long version;
}
