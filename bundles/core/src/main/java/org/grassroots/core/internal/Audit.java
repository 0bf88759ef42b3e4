package org.grassroots.core.internal;

import java.time.Instant;

import javax.persistence.EntityManager;

import org.grassroots.core.internal.persistence.AuditEntity;

/** Writes audit lines into the caller's transaction, so the change and its record commit together. */
public final class Audit {
    private Audit() {
    }

    public static void record(EntityManager em, String action, String entityType, Long entityId, String details) {
        em.persist(new AuditEntity(Instant.now(), Actors.current(), action, entityType, entityId, details));
    }
}
