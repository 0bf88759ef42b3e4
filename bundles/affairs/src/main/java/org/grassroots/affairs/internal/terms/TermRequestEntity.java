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

/** A request to the level above for an early or delayed election (提前或延期换届请示). */
@Entity(name = "TermRequestEntity")
@Table(name = "AFF_TERM_REQUEST")
public class TermRequestEntity {
    // the module's one id sequence, as every AFF_ entity declares it (EntityIds in the module's internal package)
    @Id
    @TableGenerator(name = "aff_ids", table = "AFF_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "AFFAIRS", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "aff_ids")
    @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "TERM_ID") long termId;
    @Enumerated(EnumType.STRING) @Column(name = "KIND") RequestKind kind;
    @Column(name = "PLANNED_ON") LocalDate plannedOn;
    @Column(name = "REASON") String reason;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") RequestStatus status;
    @Column(name = "DECISION_NOTE") String decisionNote;
    @Column(name = "REQUESTED_BY") String requestedBy;
    @Column(name = "REQUESTED_AT") LocalDateTime requestedAt;
    @Column(name = "DECIDED_BY") String decidedBy;
    @Column(name = "DECIDED_AT") LocalDateTime decidedAt;
    @Version @Column(name = "VERSION") long version;
}
