package org.grassroots.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditEntry;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.AuditQuery;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.api.security.ForbiddenException;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.internal.persistence.AuditEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.internal.security.AuthorizationImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit trail for modules and for the audit endpoints. Writing joins the caller's JTA transaction (core's
 * persistence unit enlists in it like the module's own), so a module's change and its audit line commit
 * together. Append-only: nothing here updates or deletes an entry.
 */
@Component(service = { AuditLog.class, AuditLogImpl.class })
public class AuditLogImpl implements AuditLog {
    private final JpaTemplate jpa;
    private final AuthorizationImpl authorization;
    private final DataGenerationsImpl generations;

    @Activate
    public AuditLogImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                        @Reference CoreSchema schema, @Reference AuthorizationImpl authorization,
                        @Reference DataGenerationsImpl generations) {
        this.jpa = jpa;
        this.generations = generations;
        this.authorization = authorization;
    }

    @Override
    public void record(String action, String entityType, Long entityId, String details, List<FieldChange> changes) {
        ValidationException.Builder errors = ValidationException.builder();
        if (action == null || action.isBlank() || action.length() > 40) {
            errors.add("action", CoreMessages.message("audit.text.invalid", 40));
        }
        if (entityType == null || entityType.isBlank() || entityType.length() > 40) {
            errors.add("entityType", CoreMessages.message("audit.text.invalid", 40));
        }
        errors.throwIfAny();
        // the line and the module's change are counted in the same transaction: its figures move once it commits
        jpa.tx(TransactionType.Required, em -> generations.audit(em, action, entityType, entityId, details,
                changes == null ? List.of() : changes));
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        authorization.require(CorePermissions.AUDIT_READ);
        if (!Actors.caller().unrestricted()) {
            // audit lines are not tied to units, so only whole-platform callers read them
            throw new ForbiddenException(CoreMessages.message("audit.wholePlatformOnly"));
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<String> clauses = new ArrayList<>();
            Map<String, Object> parameters = new HashMap<>();
            if (query.entityType() != null && !query.entityType().isBlank()) {
                clauses.add("a.entityType = :type");
                parameters.put("type", query.entityType().trim());
            }
            if (query.entityId() != null) {
                clauses.add("a.entityId = :id");
                parameters.put("id", query.entityId());
            }
            if (query.actor() != null && !query.actor().isBlank()) {
                clauses.add("a.actor = :actor");
                parameters.put("actor", query.actor().trim());
            }
            if (query.from() != null) {
                clauses.add("a.at >= :from");
                parameters.put("from", query.from());
            }
            if (query.to() != null) {
                clauses.add("a.at < :to");
                parameters.put("to", query.to());
            }
            String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
            TypedQuery<AuditEntity> select = em.createQuery("SELECT a FROM AuditEntity a" + where
                    + " ORDER BY a.at DESC, a.id DESC", AuditEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditEntity a" + where, Long.class);
            parameters.forEach((k, v) -> {
                select.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<AuditEntry> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(a -> new AuditEntry(a.getId(), a.getAt(), a.getActor(), a.getAddress(), a.getAction(),
                            a.getEntityType(), a.getEntityId(), a.getDetails(), AuditChanges.fromJson(a.getChanges())))
                    .toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }
}
