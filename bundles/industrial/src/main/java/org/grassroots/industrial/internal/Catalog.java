package org.grassroots.industrial.internal;

import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.NotFoundException;
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
            throw new ValidationException(FieldError.of("body", "required: {parkId, name, category, provider, description}"));
        }
        Organization park = scope.enabledUnit(draft.parkId(), "parkId");
        List<FieldError> errors = validate(draft);
        if (park.unitType() != UnitType.PARK) {
            errors.add(FieldError.of("parkId", "must be a park (园区)"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            checkCategory(em, draft.category(), errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
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
            throw new ValidationException(FieldError.of("body", "required: {name, category, provider, description, active}"));
        }
        List<FieldError> errors = validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            ServiceEntity entity = visible(em, id);
            scope.requireEnabled(entity.parkId);
            checkCategory(em, draft.category(), errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            if (entity.version != version) {
                throw ConflictException.stale(TYPE, id, version, entity.version);
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
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(entity.orgPath, TYPE, id);
        return entity;
    }

    private static void checkCategory(EntityManager em, String code, List<FieldError> errors) {
        if (code != null && !code.isBlank() && em.find(CategoryEntity.class, code.trim()) == null) {
            errors.add(FieldError.of("category", "unknown category '" + code + "' (see /categories)"));
        }
    }

    private static List<FieldError> validate(CatalogServiceDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            errors.add(FieldError.of("name", "required: at most 200 characters"));
        }
        if (draft.category() == null || draft.category().isBlank()) {
            errors.add(FieldError.of("category", "required: a request category code (see /categories)"));
        }
        if (draft.provider() != null && draft.provider().length() > 200) {
            errors.add(FieldError.of("provider", "at most 200 characters"));
        }
        if (draft.description() != null && draft.description().length() > 2000) {
            errors.add(FieldError.of("description", "at most 2000 characters"));
        }
        return errors;
    }

    static CatalogService toRecord(ServiceEntity e) {
        return new CatalogService(e.id, e.parkId, e.name, e.category, e.provider, e.description, e.active == 1, e.version);
    }
}
