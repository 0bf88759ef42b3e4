package org.grassroots.core.api.audit;

import java.time.Instant;
import java.util.List;

/** One line of the audit trail. */
public record AuditEntry(long id, Instant at, String actor, String address, String action, String entityType,
                         Long entityId, String details, List<FieldChange> changes) {
    public AuditEntry {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
