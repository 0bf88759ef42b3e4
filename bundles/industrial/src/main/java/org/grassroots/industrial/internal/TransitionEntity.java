package org.grassroots.industrial.internal;

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

import org.grassroots.industrial.RequestAction;
import org.grassroots.industrial.RequestStatus;

@Entity(name = "TransitionEntity")
@Table(name = "IND_REQUEST_TRANSITION")
public class TransitionEntity {
    @Id
    @TableGenerator(name = EntityIds.IDS, table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "INDUSTRIAL", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS)
    @Column(name = "ID") Long id;
    @Column(name = "REQUEST_ID") long requestId;
    @Enumerated(EnumType.STRING) @Column(name = "ACTION") RequestAction action;
    @Enumerated(EnumType.STRING) @Column(name = "FROM_STATUS") RequestStatus fromStatus;
    @Enumerated(EnumType.STRING) @Column(name = "TO_STATUS") RequestStatus toStatus;
    @Column(name = "ACTOR") String actor;
    @Column(name = "OCCURRED_AT") LocalDateTime at;
    @Column(name = "NOTE") String note;
}
