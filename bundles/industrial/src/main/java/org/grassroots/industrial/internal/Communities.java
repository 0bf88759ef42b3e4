package org.grassroots.industrial.internal;

import org.grassroots.core.api.UtcTimes;

import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Domain;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The industrial community of a park (one per park) and its grids. Grids are core units of type GRID under the
 * park: listed from core and created through core's {@link OrganizationService}, so the organization tree stays the
 * one place units live.
 */
@Component(service = Communities.class)
public class Communities {
    static final String TYPE = "industrial.community";
    static final int MAX_GRIDS = 500;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final OrganizationService organizations;

    @Activate
    public Communities(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                       @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes, @Reference AuditLog audit,
                       @Reference OrganizationService organizations) {
        this.jpa = jpa;
        this.scope = scopes.of(IndustrialModule.ID);
        this.audit = audit;
        this.organizations = organizations;
    }

    public Community create(CommunityDraft draft) {
        if (draft == null) {
            throw IndustrialMessages.TEXT.invalid("body", "body.required", "{parkId, name, description, serviceCenter}");
        }
        Organization park = scope.enabledUnit(draft.parkId(), "parkId");
        ValidationException.Builder errors = validate(draft);
        if (park.unitType() != UnitType.PARK) {
            errors.add("parkId", IndustrialMessages.TEXT.message("unit.notPark", park.name(), park.unitType()));
        }
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!em.createQuery("SELECT c.id FROM CommunityEntity c WHERE c.parkId = :park", Long.class)
                    .setParameter("park", park.id()).getResultList().isEmpty()) {
                throw IndustrialMessages.TEXT.conflict("community.exists", park.name());
            }
            CommunityEntity entity = createIn(em, park, draft.name().trim(), TextFields.trimmed(draft.description()),
                    TextFields.trimmed(draft.serviceCenter()), actor);
            audit.record("CREATE", TYPE, entity.id, entity.name, List.of(new FieldChange("name", null, entity.name)));
            return toRecord(entity, park.name());
        });
    }

    CommunityEntity createIn(EntityManager em, Organization park, String name, String description, String serviceCenter,
                             String actor) {
        CommunityEntity entity = new CommunityEntity();
        entity.parkId = park.id();
        entity.orgPath = park.path();
        entity.name = name;
        entity.description = description;
        entity.serviceCenter = serviceCenter;
        entity.createdAt = UtcTimes.now();
        entity.createdBy = actor;
        em.persist(entity);
        em.flush();
        return entity;
    }

    public Community update(long id, long version, CommunityDraft draft) {
        if (draft == null) {
            throw IndustrialMessages.TEXT.invalid("body", "body.required", "{name, description, serviceCenter}");
        }
        ValidationException.Builder errors = validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            CommunityEntity entity = visible(em, id);
            scope.requireEnabled(entity.parkId);
            if (!errors.isEmpty()) {
                throw errors.build();
            }
            if (entity.version != version) {
                throw IndustrialMessages.TEXT.stale(TYPE, id, version, entity.version);
            }
            String before = entity.name;
            entity.name = draft.name().trim();
            entity.description = TextFields.trimmed(draft.description());
            entity.serviceCenter = TextFields.trimmed(draft.serviceCenter());
            em.flush();
            audit.record("UPDATE", TYPE, id, entity.name, List.of(new FieldChange("name", before, entity.name)));
            return toRecord(entity, scope.name(entity.parkId));
        });
    }

    public Community get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            CommunityEntity entity = visible(em, id);
            return toRecord(entity, scope.name(entity.parkId));
        });
    }

    /** The communities of the parks in the unit's subtree, or the community of the park the unit lies in. */
    public List<Community> list(Long unitId) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        Long park = scope.nearest(unit, UnitType.PARK).map(Organization::id).orElse(null);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT c FROM CommunityEntity c WHERE c.orgPath LIKE :path OR c.parkId = :park ORDER BY c.name",
                        CommunityEntity.class)
                .setParameter("path", unit.path() + "%").setParameter("park", park == null ? -1L : park)
                .getResultList().stream().map(c -> toRecord(c, scope.name(c.parkId))).toList());
    }

    /** The park's grids with the module's counts: enterprises recorded, covered by a Party organization, workers. */
    public List<Grid> grids(long communityId) {
        Community community = get(communityId);
        scope.requireEnabled(community.parkId());
        List<Organization> grids = organizations.search(new OrganizationQuery(null, community.parkId(), UnitType.GRID,
                null, null, null), new PageRequest(0, MAX_GRIDS, "code")).items();
        return jpa.txExpr(TransactionType.Supports, em -> {
            String path = em.find(CommunityEntity.class, communityId).orgPath;
            Map<Long, long[]> counts = new HashMap<>();
            em.createQuery("SELECT e.gridId, e.coverage, COUNT(e) FROM EnterpriseEntity e WHERE e.orgPath LIKE :path "
                            + "GROUP BY e.gridId, e.coverage", Object[].class)
                    .setParameter("path", path + "%").getResultList().forEach(row -> {
                        long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
                        long n = ((Number) row[2]).longValue();
                        c[0] += n;
                        if (((Coverage) row[1]).covered()) {
                            c[1] += n;
                        }
                    });
            em.createQuery("SELECT w.gridId, COUNT(w) FROM GridWorkerEntity w WHERE w.orgPath LIKE :path GROUP BY w.gridId",
                            Object[].class)
                    .setParameter("path", path + "%").getResultList().forEach(row ->
                            counts.computeIfAbsent((Long) row[0], k -> new long[3])[2] = ((Number) row[1]).longValue());
            List<Grid> result = new ArrayList<>();
            for (Organization g : grids) {
                long[] c = counts.getOrDefault(g.id(), new long[3]);
                result.add(new Grid(g.id(), g.code(), g.name(), c[0], c[1], c[2]));
            }
            return result;
        });
    }

    /** Creates a grid (a core unit of type GRID) under the community's park, through core. */
    public Grid createGrid(long communityId, GridDraft draft) {
        Community community = get(communityId);
        scope.requireEnabled(community.parkId());
        ValidationException.Builder errors = ValidationException.builder();
        if (draft == null || draft.code() == null || draft.code().isBlank()) {
            errors.add("code", IndustrialMessages.TEXT.message("grid.code"));
        }
        if (draft == null || draft.name() == null || draft.name().isBlank()) {
            errors.add("name", IndustrialMessages.TEXT.message("grid.name"));
        }
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        // core validates (unique code, name length), checks the caller's organization permission and scope, audits
        Organization grid = organizations.create(new OrganizationDraft(draft.code().trim(), draft.name().trim(),
                community.parkId(), UnitType.GRID, draft.partyOrgType() == null ? PartyOrgType.NONE : draft.partyOrgType(), Domain.EMERGING, null, LocalDate.now(), null,
                OrgStatus.ACTIVE));
        return new Grid(grid.id(), grid.code(), grid.name(), 0, 0, 0);
    }

    /** The community of the park {@code parkId}, if there is one. */
    public CommunityEntity byPark(EntityManager em, long parkId) {
        return em.createQuery("SELECT c FROM CommunityEntity c WHERE c.parkId = :park", CommunityEntity.class)
                .setParameter("park", parkId).getResultList().stream().findFirst().orElse(null);
    }

    private CommunityEntity visible(EntityManager em, long id) {
        CommunityEntity entity = em.find(CommunityEntity.class, id);
        if (entity == null) {
            throw IndustrialMessages.TEXT.notFound(TYPE, id);
        }
        IndustrialMessages.TEXT.requireVisible(scope, entity.orgPath, TYPE, id);
        return entity;
    }

    private static ValidationException.Builder validate(CommunityDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        if (draft.name() == null || draft.name().isBlank() || draft.name().length() > 200) {
            errors.add("name", IndustrialMessages.TEXT.message("community.name"));
        }
        if (draft.description() != null && draft.description().length() > 2000) {
            errors.add("description", IndustrialMessages.TEXT.message("tooLong", 2000));
        }
        if (draft.serviceCenter() != null && draft.serviceCenter().length() > 300) {
            errors.add("serviceCenter", IndustrialMessages.TEXT.message("tooLong", 300));
        }
        return errors;
    }

    static Community toRecord(CommunityEntity e, String parkName) {
        return new Community(e.id, e.parkId, parkName, e.name, e.description, e.serviceCenter, UtcTimes.instant(e.createdAt),
                e.createdBy, e.version);
    }
}
