package org.grassroots.core.internal;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.persistence.EntityManager;

import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.internal.persistence.AuditEntity;

/**
 * Writes audit lines into the caller's transaction, so the change and its record commit together. Each line
 * names the caller, their remote address and, for updates, the changed fields with before/after values.
 */
public final class Audit {
    /** Record fields that are bookkeeping, not content. */
    private static final Set<String> IGNORED = Set.of("version");

    private Audit() {
    }

    public static void record(EntityManager em, String action, String entityType, Long entityId, String details) {
        record(em, action, entityType, entityId, details, List.of());
    }

    public static void record(EntityManager em, String action, String entityType, Long entityId, String details,
                              List<FieldChange> changes) {
        em.persist(new AuditEntity(UtcTimes.nowInstant(), Actors.current(), Actors.caller().address(), action, entityType,
                entityId, details, AuditChanges.toJson(changes)));
    }

    /**
     * The fields whose values differ between two records of the same type. Values of {@code masked} fields are
     * written as "changed" markers only, so the audit trail never holds personal data in clear.
     */
    public static List<FieldChange> changes(Record before, Record after, Set<String> masked) {
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (IGNORED.contains(component.getName())) {
                continue;
            }
            Object was = value(component, before);
            Object is = value(component, after);
            if (!Objects.equals(was, is)) {
                boolean hide = masked.contains(component.getName());
                changes.add(new FieldChange(component.getName(), hide ? mask(was) : text(was), hide ? mask(is) : text(is)));
            }
        }
        return changes;
    }

    private static String mask(Object value) {
        return value == null ? null : "(personal data)";
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
