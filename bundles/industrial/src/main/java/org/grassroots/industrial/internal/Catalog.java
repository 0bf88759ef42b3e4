package org.grassroots.industrial.internal;

import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The catalog of services a park's industrial community offers its enterprises (服务清单). */
@Component(service = Catalog.class)
public class Catalog {
    static final String TYPE = "industrial.service";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Catalog(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                   @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(IndustrialModule.ID);
        this.audit = audit;
    }

    public CatalogService create(CatalogServiceDraft draft) {
        if (draft == null) {
            throw IndustrialMessages.TEXT.invalid("body", "body.required", "{parkId, name, category, provider, description}");
        }
        Organization park = scope.enabledUnit(draft.parkId(), "parkId");
        ValidationException.Builder errors = validate(draft);
        if (park.unitType() != UnitType.PARK) {
            errors.add("parkId", IndustrialMessages.TEXT.message("unit.park"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            checkCategory(em, draft.category(), errors);
            if (!errors.isEmpty()) {
                throw errors.build();
            }
            ServiceEntity entity = createIn(em, park, draft.name().trim(), draft.category().trim(),
                    TextFields.trimmed(draft.provider()), TextFields.trimmed(draft.description()));
            audit.record("CREATE", TYPE, entity.id, entity.name, List.of(new FieldChange("name", null, entity.name)));
            return toRecord(entity);
        });
    }

    ServiceEntity createIn(EntityManager em, Organization park, String name, String category, String provider,
                           String description) {
        ServiceEntity entity = new ServiceEntity();
        entity.parkId = park.id();
        entity.orgPath = park.path();
        entity.name = name;
        entity.category = category;
        entity.provider = provider;
        entity.description = description;
        entity.active = 1;
        em.persist(entity);
        em.flush();
        return entity;
    }

    public CatalogService update(long id, long version, CatalogServiceDraft draft) {
        if (draft == null) {
            throw IndustrialMessages.TEXT.invalid("body", "body.required", "{name, category, provider, description, active}");
        }
        ValidationException.Builder errors = validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            ServiceEntity entity = visible(em, id);
            scope.requireEnabled(entity.parkId);
            checkCategory(em, draft.category(), errors);
            if (!errors.isEmpty()) {
                throw errors.build();
            }
            if (entity.version != version) {
                throw IndustrialMessages.TEXT.stale(TYPE, id, version, entity.version);
            }
            String before = entity.name + (entity.active == 1 ? "" : " (inactive)");
            entity.name = draft.name().trim();
            entity.category = draft.category().trim();
            entity.provider = TextFields.trimmed(draft.provider());
            entity.description = TextFields.trimmed(draft.description());
            entity.active = (short) (draft.active() == null || draft.active() ? 1 : 0);
            em.flush();
            audit.record("UPDATE", TYPE, id, entity.name, List.of(new FieldChange("name", before,
                    entity.name + (entity.active == 1 ? "" : " (inactive)"))));
            return toRecord(entity);
        });
    }

    public CatalogService get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(visible(em, id)));
    }

    /** The services of the parks in the unit's subtree and of the park the unit lies in. */
    public List<CatalogService> list(Long unitId, boolean activeOnly) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        Long park = scope.nearest(unit, UnitType.PARK).map(Organization::id).orElse(-1L);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT s FROM ServiceEntity s WHERE "
                        + "(s.orgPath LIKE :path OR s.parkId = :park)" + (activeOnly ? " AND s.active = 1" : "")
                        + " ORDER BY s.parkId, s.category, s.name", ServiceEntity.class)
                .setParameter("path", unit.path() + "%").setParameter("park", park)
                .getResultList().stream().map(Catalog::toRecord).toList());
    }

    private ServiceEntity visible(EntityManager em, long id) {
        ServiceEntity entity = em.find(ServiceEntity.class, id);
        if (entity == null) {
            throw IndustrialMessages.TEXT.notFound(TYPE, id);
        }
        IndustrialMessages.TEXT.requireVisible(scope, entity.orgPath, TYPE, id);
        return entity;
    }

    private static void checkCategory(EntityManager em, String code, ValidationException.Builder errors) {
        if (code != null && !code.isBlank() && em.find(CategoryEntity.class, code.trim()) == null) {
            errors.add("category", IndustrialMessages.TEXT.message("catalog.category.unknown", code));
        }
    }

    private static ValidationException.Builder validate(CatalogServiceDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            errors.add("name", IndustrialMessages.TEXT.message("requiredMax", 200));
        }
        if (draft.category() == null || draft.category().isBlank()) {
            errors.add("category", IndustrialMessages.TEXT.message("catalog.category.required"));
        }
        if (draft.provider() != null && draft.provider().length() > 200) {
            errors.add("provider", IndustrialMessages.TEXT.message("tooLong", 200));
        }
        if (draft.description() != null && draft.description().length() > 2000) {
            errors.add("description", IndustrialMessages.TEXT.message("tooLong", 2000));
        }
        return errors;
    }

    static CatalogService toRecord(ServiceEntity e) {
        return new CatalogService(e.id, e.parkId, e.name, e.category, e.provider, e.description, e.active == 1, e.version);
    }
}
