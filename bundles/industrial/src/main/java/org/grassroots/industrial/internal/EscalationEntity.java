package org.grassroots.industrial.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity(name = "EscalationEntity")
@Table(name = "IND_ESCALATION")
public class EscalationEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "REQUEST_ID") long requestId;
    @Column(name = "PARK_ID") Long parkId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "DUE_AT") LocalDateTime dueAt;
    @Column(name = "ESCALATED_AT") LocalDateTime escalatedAt;
}
