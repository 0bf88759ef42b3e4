package org.grassroots.rural.internal;

import javax.persistence.EntityManager;

/** Audit lines in RUR_AUDIT, written in the caller's transaction so a change and its record commit together. */
final class RuralAudit {
    private RuralAudit() {
    }

    static void record(EntityManager em, String actor, String action, String entityType, Long entityId, String details) {
        em.persist(new Entities.AuditEntity(actor, action, entityType, entityId, details));
    }
}
