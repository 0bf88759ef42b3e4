package org.grassroots.position.internal;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The service catalogue (服务事项) of each position: what people can get done there, of which service type, and when.
 * A name is used once per position; a service is withdrawn (active false), never deleted, so past events and counts
 * keep their meaning.
 */
@Component(service = ServiceCatalogue.class)
public class ServiceCatalogue {
    static final String TYPE = "position.service";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Positions positions;

    @Activate
    public ServiceCatalogue(@Reference(target = PositionModule.UNIT) JpaTemplate jpa,
                            @Reference(target = PositionModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                            @Reference AuditLog audit, @Reference Positions positions) {
        this.jpa = jpa;
        this.scope = scopes.of(PositionModule.ID);
        this.audit = audit;
        this.positions = positions;
    }

    public ServiceOffer create(ServiceOfferDraft draft) {
        if (draft == null) {
            throw PosText.TEXT.invalid("body", "body.required", "{positionId, name, serviceType, description, schedule}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("positionId", draft.positionId());
        Checked c = check(errors, draft);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            PositionEntity p = positions.visible(em, draft.positionId());
            scope.requireEnabled(p.organizationId);
            ServiceOfferEntity s = new ServiceOfferEntity();
            s.positionId = p.id;
            s.organizationId = p.organizationId;
            s.orgPath = p.orgPath;
            s.active = 1;
            apply(em, s, p, c, draft.active(), actor);
            em.persist(s);
            em.flush();
            audit.record("CREATE", TYPE, s.id, p.name + ": " + s.name, List.of(new FieldChange("name", null, s.name)));
            return toRecord(s, p.name);
        });
    }

    public ServiceOffer update(long id, long version, ServiceOfferDraft draft) {
        if (draft == null) {
            throw PosText.TEXT.invalid("body", "body.required", "{name, serviceType, description, schedule, active}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        Checked c = check(errors, draft);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ServiceOfferEntity s = em.find(ServiceOfferEntity.class, id);
            if (s == null) {
                throw PosText.TEXT.notFound(TYPE, id);
            }
            PosText.TEXT.requireVisible(scope, s.orgPath, TYPE, id);
            scope.requireEnabled(s.organizationId);
            if (s.version != version) {
                throw PosText.TEXT.stale(TYPE, id, version, s.version);
            }
            String before = s.name + (s.active == 1 ? "" : " (withdrawn)");
            PositionEntity p = em.find(PositionEntity.class, s.positionId);
            apply(em, s, p, c, draft.active(), actor);
            em.flush();
            audit.record("UPDATE", TYPE, id, p.name + ": " + s.name,
                    List.of(new FieldChange("service", before, s.name + (s.active == 1 ? "" : " (withdrawn)"))));
            return toRecord(s, p.name);
        });
    }

    /** The catalogue of a position: active services first, by type and name. */
    public List<ServiceOffer> list(long positionId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            PositionEntity p = positions.visible(em, positionId);
            return em.createQuery("SELECT s FROM ServiceOfferEntity s WHERE s.positionId = :p ORDER BY s.active DESC, s.serviceType, s.name",
                    ServiceOfferEntity.class).setParameter("p", p.id).getResultList().stream().map(s -> toRecord(s, p.name)).toList();
        });
    }

    private record Checked(String name, ServiceType type, String description, String schedule) {
    }

    private static Checked check(ValidationException.Builder errors, ServiceOfferDraft d) {
        String name = errors.line("name", d.name(), 100, true);
        errors.required("serviceType", d.serviceType());
        String description = errors.note("description", d.description(), 1000, false);
        String schedule = errors.line("schedule", d.schedule(), 200, false);
        return new Checked(name, d.serviceType(), description, schedule);
    }

    private static void apply(EntityManager em, ServiceOfferEntity s, PositionEntity p, Checked c, Boolean active, String actor) {
        boolean taken = em.createQuery("SELECT COUNT(s) FROM ServiceOfferEntity s WHERE s.positionId = :p AND s.name = :n AND s.id <> :id",
                        Long.class).setParameter("p", p.id).setParameter("n", c.name())
                .setParameter("id", s.id == null ? -1L : s.id).getSingleResult() > 0;
        if (taken) {
            throw PosText.TEXT.conflict("service.duplicate", p.name, c.name());
        }
        s.name = c.name();
        s.serviceType = c.type();
        s.description = c.description();
        s.schedule = c.schedule();
        if (active != null) {
            s.active = (short) (active ? 1 : 0);
        }
        s.updatedAt = UtcTimes.now();
        s.updatedBy = actor;
    }

    static ServiceOffer toRecord(ServiceOfferEntity s, String positionName) {
        return new ServiceOffer(s.id, s.positionId, positionName, s.name, s.serviceType, s.description, s.schedule, s.active == 1,
                UtcTimes.instant(s.updatedAt), s.updatedBy, s.version);
    }
}
