package org.grassroots.rural.internal;

import java.util.List;

import org.grassroots.core.api.audit.AuditLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Rural's lines in the platform audit trail: written through core's {@link AuditLog}, which joins the caller's
 * JTA transaction (so a change and its record commit together) and records the signed-in caller and address.
 */
@Component(service = RuralAudit.class)
public class RuralAudit {
    private final AuditLog log;

    @Activate
    public RuralAudit(@Reference AuditLog log) {
        this.log = log;
    }

    void record(String action, String entityType, Long entityId, String details) {
        log.record(action, "rural " + entityType, entityId, details, List.of());
    }
}
