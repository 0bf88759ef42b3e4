package org.grassroots.affairs.internal.terms;

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

/** An election (换届选举) with its method, attendance and outcome; the candidates are in AFF_ELECTION_CANDIDATE. */
@Entity(name = "ElectionEntity")
@Table(name = "AFF_ELECTION")
public class ElectionEntity {
    // the module's one id sequence, as every AFF_ entity declares it (EntityIds in the module's internal package)
    @Id
    @TableGenerator(name = "aff_ids", table = "AFF_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "AFFAIRS", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "aff_ids")
    @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "HELD_ON") LocalDate heldOn;
    @Column(name = "YEAR_OF") int year;
    @Enumerated(EnumType.STRING) @Column(name = "METHOD") ElectionMethod method;
    @Enumerated(EnumType.STRING) @Column(name = "TIMING") ElectionTiming timing;
    @Column(name = "REQUEST_ID") Long requestId;
    @Column(name = "ENTITLED") int entitled;
    @Column(name = "PRESENT") int present;
    @Column(name = "SEATS") int seats;
    @Column(name = "CANDIDATES") int candidates;
    @Column(name = "VALID") short valid;
    @Column(name = "TERM_ID") Long termId;
    @Column(name = "RECORDED_BY") String recordedBy;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Version @Column(name = "VERSION") long version;
}
