package org.grassroots.affairs.internal.terms;

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

/** A term (任期) of a Party organization: its days, its committee (AFF_TERM_MEMBER) and the election that started it. */
@Entity(name = "TermEntity")
@Table(name = "AFF_TERM")
public class TermEntity {
    // the module's one id sequence, as every AFF_ entity declares it (EntityIds in the module's internal package)
    @Id
    @TableGenerator(name = "aff_ids", table = "AFF_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "AFFAIRS", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "aff_ids")
    @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "STARTED_ON") LocalDate startedOn;
    @Column(name = "ENDS_ON") LocalDate endsOn;
    /** Null while the term runs; the day of the election that ended it. */
    @Column(name = "ENDED_ON") LocalDate endedOn;
    @Column(name = "YEARS") int years;
    /** 1 when a committee was elected, 0 when the organization has its secretary only. */
    @Column(name = "COMMITTEE") short committee;
    @Column(name = "SECRETARY_ID") Long secretaryId;
    @Column(name = "ELECTION_ID") Long electionId;
    @Column(name = "RECORDED_BY") String recordedBy;
    @Column(name = "RECORDED_AT") LocalDateTime recordedAt;
    @Version @Column(name = "VERSION") long version;
}
