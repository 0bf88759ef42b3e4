package org.grassroots.rural.internal;

import org.grassroots.core.api.module.ModuleMessages;

import org.grassroots.core.api.Like;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.security.ForbiddenException;
import org.grassroots.rural.internal.match.Geo;
import org.grassroots.rural.internal.match.Keywords;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Enterprises that help villages (结对帮扶): registered by a unit, seen by that unit's subtree and ancestors, changed
 * only in the registering unit's subtree (see {@link EnterpriseOwners}).
 */
@Component(service = Enterprises.class)
public class Enterprises {
    private final JpaTemplate jpa;
    private final RuralAudit audit;
    private final ModuleScope scope;

    @Activate
    public Enterprises(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa,
                       @Reference(target = RuralModule.SCHEMA) ModuleSchema schema, @Reference RuralAudit audit,
                       @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.audit = audit;
        this.scope = scopes.of(RuralModule.ID);
    }

    /**
     * Registers an enterprise owned by {@code draft.organizationId()}, or by the caller's scope unit when none is
     * given; the owner must lie in the caller's subtree.
     */
    public Enterprise createEnterprise(EnterpriseDraft draft, String actor) {
        // 403 for an owner in the caller's subtree where the module is off; one outside it is refused below (422)
        Long requestedOwner = draft != null && draft.organizationId() != null ? draft.organizationId() : scope.scopeUnit();
        if (requestedOwner != null && scope.inScope(requestedOwner)) {
            scope.requireEnabled(requestedOwner);
        }
        validate(draft);
        long owner = owner(draft.organizationId());
        return jpa.txExpr(TransactionType.Required, em -> {
            EnterpriseEntity e = new EnterpriseEntity();
            apply(e, draft);
            e.organizationId = owner;
            e.orgPath = scope.path(owner);
            em.persist(e);
            em.flush();
            audit.record("CREATE", "enterprise", e.id, e.name);
            return enterprise(e);
        });
    }

    public Enterprise updateEnterprise(long id, long expectedVersion, EnterpriseDraft draft, String actor) {
        validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            EnterpriseEntity e = findEnterprise(em, id);
            if (!editable(e)) {
                throw new ForbiddenException(RuralMessages.TEXT.message("enterprise.notEditable", e.name, scope.name(e.organizationId)));
            }
            if (e.version != expectedVersion) {
                throw RuralMessages.TEXT.stale("enterprise", id, expectedVersion, e.version);
            }
            Long owner = draft.organizationId() == null ? e.organizationId : Long.valueOf(owner(draft.organizationId()));
            apply(e, draft);
            e.organizationId = owner;
            e.orgPath = scope.path(owner);
            audit.record("UPDATE", "enterprise", id, e.name);
            em.flush();
            return enterprise(e);
        });
    }

    public Enterprise get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> enterprise(findEnterprise(em, id)));
    }

    /** The enterprises the caller sees (see {@link EnterpriseOwners}) whose name, industry, business or keywords contain {@code text}. */
    public List<Enterprise> search(String text) {
        String needle = Like.containsIgnoringCase(text);
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder jpql = new StringBuilder("SELECT e FROM EnterpriseEntity e WHERE 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            visibleOwners(jpql, parameters);
            if (needle != null) {
                jpql.append(" AND (LOWER(e.name) LIKE :q ESCAPE '!' OR LOWER(e.industry) LIKE :q ESCAPE '!'"
                        + " OR LOWER(e.mainBusiness) LIKE :q ESCAPE '!' OR LOWER(e.keywords) LIKE :q ESCAPE '!')");
                parameters.put("q", needle);
            }
            var query = em.createQuery(jpql + " ORDER BY e.id", EnterpriseEntity.class);
            parameters.forEach(query::setParameter);
            return query.getResultList().stream().map(Enterprises::enterprise).toList();
        });
    }

    /**
     * Narrows an enterprise query to the owners the caller sees, in SQL: owners in the caller's subtree by their
     * stored path, the units above the caller (at most the tree's depth, read from the caller's own path), and
     * enterprises without an owner.
     */
    private void visibleOwners(StringBuilder jpql, Map<String, Object> parameters) {
        String scopePath = scope.scopePath();
        if (scopePath == null) {
            return;
        }
        jpql.append(" AND (e.organizationId IS NULL OR e.orgPath LIKE :subtree OR e.organizationId IN :above)");
        parameters.put("subtree", scopePath + "%");
        parameters.put("above", List.copyOf(EnterpriseOwners.onPath(scopePath)));
    }

    /** Whether the caller may change the enterprise (it was registered in their subtree); 404 when they do not see it. */
    public boolean mayEdit(long id) {
        return jpa.txExpr(TransactionType.Supports, em ->
                editable(findEnterprise(em, id)));
    }

    private boolean editable(EnterpriseEntity e) {
        return EnterpriseOwners.editable(e.organizationId, e.orgPath, scope.scopePath());
    }

    /** The enterprise, if the caller sees it (404 otherwise, as if it did not exist). */
    private EnterpriseEntity findEnterprise(EntityManager em, long id) {
        EnterpriseEntity e = em.find(EnterpriseEntity.class, id);
        if (e == null || !EnterpriseOwners.visible(e.organizationId, e.orgPath, scope.scopePath())) {
            throw RuralMessages.TEXT.notFound("enterprise", id);
        }
        return e;
    }

    /** The owning unit of an enterprise: the one given or the caller's scope unit; it must lie in the caller's subtree. */
    private long owner(Long requested) {
        Long owner = requested != null ? requested : scope.scopeUnit();
        if (owner == null) {
            throw RuralMessages.TEXT.invalid("organizationId", "enterprise.owner");
        }
        if (!scope.inScope(owner)) {
            throw RuralMessages.TEXT.invalid("organizationId", "unit.unknown", owner);
        }
        return owner;
    }

    private static void validate(EnterpriseDraft d) {
        if (d == null) {
            throw RuralMessages.TEXT.invalid("body", "body.required", "{name, industry, mainBusiness, capacities, keywords, latitude, longitude}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        TextFields.check(errors, "name", d.name(), 200, true);
        TextFields.check(errors, "industry", d.industry(), 100, true);
        TextFields.check(errors, "mainBusiness", d.mainBusiness(), 1000, true);
        TextFields.check(errors, "keywords", d.keywords(), 1000, false);
        if (d.capacities() == null || d.capacities().isEmpty()) {
            errors.add("capacities", RuralMessages.TEXT.message("enterprise.capacities", ModuleMessages.choices(NeedType.values())));
        }
        if (!Geo.valid(d.latitude(), d.longitude())) {
            errors.add("latitude", RuralMessages.TEXT.message("location"));
        }
        if (!errors.isEmpty()) {
            throw errors.build();
        }
    }

    private static void apply(EnterpriseEntity e, EnterpriseDraft d) {
        e.name = d.name().trim();
        e.industry = d.industry().trim();
        e.mainBusiness = d.mainBusiness().trim();
        e.capacities = ";" + d.capacities().stream().map(Enum::name).sorted().collect(Collectors.joining(";")) + ";";
        e.keywords = Keywords.store(Keywords.parse(d.keywords()));
        e.latitude = d.latitude();
        e.longitude = d.longitude();
    }

    static Set<NeedType> capacities(String stored) {
        Set<NeedType> types = EnumSet.noneOf(NeedType.class);
        for (String part : stored.split(";")) {
            if (!part.isEmpty()) {
                types.add(NeedType.valueOf(part));
            }
        }
        return types;
    }

    private static Enterprise enterprise(EnterpriseEntity e) {
        return new Enterprise(e.id, e.name, e.industry, e.mainBusiness, capacities(e.capacities), Keywords.load(e.keywords),
                e.latitude, e.longitude, e.organizationId, e.version);
    }
}
