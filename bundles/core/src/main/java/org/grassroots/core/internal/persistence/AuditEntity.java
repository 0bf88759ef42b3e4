package org.grassroots.core.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** One line of the audit trail, written in the same transaction as the change it describes. Never updated. */
@Entity
@Table(name = "CORE_AUDIT")
public class AuditEntity {
    @Id
    @TableGenerator(name = "audit_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "AUDIT", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_ids")
    @Column(name = "ID")
    private Long id;
    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant at;
    @Column(name = "ACTOR", nullable = false, length = 100)
    private String actor;
    @Column(name = "ADDRESS", length = 64)
    private String address;
    @Column(name = "ACTION", nullable = false, length = 40)
    private String action;
    @Column(name = "ENTITY_TYPE", nullable = false, length = 40)
    private String entityType;
    @Column(name = "ENTITY_ID")
    private Long entityId;
    @Column(name = "DETAILS", length = 4000)
    private String details;
    @Column(name = "CHANGES", length = 16000)
    private String changes;

    protected AuditEntity() {
    }

    public AuditEntity(Instant at, String actor, String address, String action, String entityType, Long entityId,
                       String details, String changes) {
        this.at = at;
        this.actor = actor;
        this.address = address;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.details = details == null || details.length() <= 4000 ? details : details.substring(0, 3997) + "...";
        this.changes = changes;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAddress() { return address; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public Long getEntityId() { return entityId; }
    public String getDetails() { return details; }
    public String getChanges() { return changes; }
}
