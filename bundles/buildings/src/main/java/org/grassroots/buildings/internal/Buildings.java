package org.grassroots.buildings.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Buildings: the profile of each core unit of type BUILDING (belt, address, floors, area, property manager), listed
 * with the enterprises in it now and how many of them a Party organization covers. Also the module's one way to
 * resolve a building a caller names (in scope, module enabled, of type BUILDING).
 */
@Component(service = Buildings.class)
public class Buildings {
    static final String TYPE = "buildings.building";
    private static final Map<String, String> SORT = Map.of("belt", "b.belt", "updatedAt", "b.updatedAt", "id", "b.id");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Buildings(@Reference(target = BuildingsModule.UNIT) JpaTemplate jpa,
                     @Reference(target = BuildingsModule.SCHEMA) ModuleSchema schema,
                     @Reference ModuleScopes scopes, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(BuildingsModule.ID);
        this.audit = audit;
    }

    ModuleScope scope() {
        return scope;
    }

    /** The building a caller acts on: 422 when missing or not a building, 404 outside the scope, 403 where disabled. */
    Organization building(Long buildingId, String field) {
        Organization unit = scope.enabledUnit(buildingId, field);
        if (unit.unitType() != UnitType.BUILDING) {
            throw BuildingsText.TEXT.invalid(field, "building.notBuilding", unit.name());
        }
        return unit;
    }

    public Building create(BuildingDraft draft) {
        BuildingRecords.requireBody(draft, "{buildingId, belt, address, floors, areaSqm, propertyManager}");
        Organization unit = building(draft.buildingId(), "buildingId");
        BuildingDraft clean = validate(draft);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (find(em, unit.id()) != null) {
                throw BuildingsText.TEXT.conflict("building.exists", unit.name());
            }
            BuildingEntity b = new BuildingEntity();
            b.buildingId = unit.id();
            b.orgPath = unit.path();
            apply(b, clean, actor);
            em.persist(b);
            em.flush();
            audit.record("CREATE", TYPE, b.id, unit.name() + ": " + b.belt, List.of());
            return view(em, b);
        });
    }

    public Building update(long id, long expectedVersion, BuildingDraft draft) {
        BuildingRecords.requireBody(draft, "{belt, address, floors, areaSqm, propertyManager}");
        Building current = get(id);
        scope.requireEnabled(current.buildingId());
        if (draft.buildingId() != null && draft.buildingId() != current.buildingId()) {
            throw BuildingsText.TEXT.invalid("buildingId", "building.fixed");
        }
        BuildingDraft clean = validate(draft);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            BuildingEntity b = em.find(BuildingEntity.class, id);
            if (b.version != expectedVersion) {
                throw BuildingsText.TEXT.stale("building", id, expectedVersion, b.version);
            }
            apply(b, clean, actor);
            em.flush();
            audit.record("UPDATE", TYPE, b.id, current.buildingName() + ": " + b.belt, List.of());
            return view(em, b);
        });
    }

    /** The draft checked (every refused field at once), its texts trimmed. */
    static BuildingDraft validate(BuildingDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("belt", draft.belt());
        String address = errors.line("address", draft.address(), 200, false);
        String manager = errors.line("propertyManager", draft.propertyManager(), 100, false);
        errors.whole("floors", draft.floors(), 1, 200, false);
        if (draft.areaSqm() != null && (!(draft.areaSqm() > 0) || draft.areaSqm() > 5_000_000)) {
            errors.add("areaSqm", BuildingsText.TEXT.message("building.area"));
        }
        errors.throwIfAny();
        return new BuildingDraft(draft.buildingId(), draft.belt(), address, draft.floors(), draft.areaSqm(), manager);
    }

    private static void apply(BuildingEntity b, BuildingDraft draft, String actor) {
        b.belt = draft.belt();
        b.address = draft.address();
        b.floors = draft.floors();
        b.areaSqm = draft.areaSqm();
        b.propertyManager = draft.propertyManager();
        b.updatedAt = UtcTimes.now();
        b.updatedBy = actor;
    }

    /** The building profile: 404 unless its building is in the caller's scope. */
    public Building get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            BuildingEntity b = BuildingRecords.visible(em, scope, BuildingEntity.class, id, "building", r -> r.orgPath);
            return view(em, b);
        });
    }

    /** The profiles of the buildings under {@code unit} (checked: in scope, enabled), optionally of one belt. */
    public Page<Building> search(Long unit, Belt belt, PageRequest page) {
        Organization under = scope.enabledUnit(unit, "unit");
        String where = " WHERE b.orgPath LIKE :under" + (belt == null ? "" : " AND b.belt = :belt");
        String order = Paging.orderBy(page.sort(), SORT, "b.belt", "b.id");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<BuildingEntity> select = em.createQuery("SELECT b FROM BuildingEntity b" + where + order, BuildingEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(b) FROM BuildingEntity b" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("under", under.path() + "%");
                if (belt != null) {
                    q.setParameter("belt", belt);
                }
            }
            List<BuildingEntity> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            Figures figures = figures(em, under.path() + "%");
            List<Building> items = rows.stream().map(b -> view(b, figures)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** Per building of a subtree: current enterprises, covered ones, and which are demonstration buildings or have a committee. */
    record Figures(Map<Long, long[]> enterprises, Set<Long> demonstrations, Set<Long> committees) {
    }

    static Figures figures(EntityManager em, String under) {
        Map<Long, long[]> enterprises = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT t.buildingId, t.coverage, COUNT(t) FROM TenancyEntity t "
                + "WHERE t.orgPath LIKE :under AND t.movedOut IS NULL GROUP BY t.buildingId, t.coverage", Object[].class)
                .setParameter("under", under).getResultList()) {
            long[] counts = enterprises.computeIfAbsent((Long) row[0], k -> new long[2]);
            long n = ((Number) row[2]).longValue();
            counts[0] += n;
            if (row[1] != Coverage.NONE) {
                counts[1] += n;
            }
        }
        Set<Long> demonstrations = new HashSet<>(em.createQuery("SELECT d.buildingId FROM DemonstrationEntity d WHERE d.orgPath LIKE :under",
                Long.class).setParameter("under", under).getResultList());
        Set<Long> committees = new HashSet<>(em.createQuery("SELECT c.buildingId FROM CommitteeEntity c WHERE c.orgPath LIKE :under",
                Long.class).setParameter("under", under).getResultList());
        return new Figures(enterprises, demonstrations, committees);
    }

    static BuildingEntity find(EntityManager em, long buildingId) {
        return em.createQuery("SELECT b FROM BuildingEntity b WHERE b.buildingId = :b", BuildingEntity.class)
                .setParameter("b", buildingId).getResultStream().findFirst().orElse(null);
    }

    private Building view(EntityManager em, BuildingEntity b) {
        return view(b, figures(em, b.orgPath));
    }

    private Building view(BuildingEntity b, Figures figures) {
        long[] counts = figures.enterprises().getOrDefault(b.buildingId, new long[2]);
        return new Building(b.id, b.buildingId, scope.name(b.buildingId), b.belt, b.address, b.floors, b.areaSqm,
                b.propertyManager, (int) counts[0], (int) counts[1], figures.demonstrations().contains(b.buildingId),
                figures.committees().contains(b.buildingId), UtcTimes.instant(b.updatedAt), b.updatedBy, b.version);
    }
}
