package org.grassroots.buildings.internal;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleMessages;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The enterprises in buildings: moving in (with floor, room, the Party organization that covers the enterprise and
 * its full members), changes of coverage, moving out (the row is closed, never deleted, so the history stays).
 */
@Component(service = Tenancies.class)
public class Tenancies {
    static final String TYPE = "buildings.tenancy";
    /** The Party's rule: three full members in a unit form an organization of their own. */
    static final int FULL_MEMBERS_TO_FORM = 3;
    static final int MAX_MEMBERS = 100_000;
    private static final Map<String, String> SORT = Map.of("enterpriseName", "t.enterpriseName", "movedIn", "t.movedIn",
            "movedOut", "t.movedOut", "floor", "t.floorNo", "fullMembers", "t.fullMembers", "coverage", "t.coverage");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Buildings buildings;

    @Activate
    public Tenancies(@Reference(target = BuildingsModule.UNIT) JpaTemplate jpa,
                     @Reference(target = BuildingsModule.SCHEMA) ModuleSchema schema,
                     @Reference Buildings buildings, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.buildings = buildings;
        this.scope = buildings.scope();
        this.audit = audit;
    }

    /** Whether an enterprise with so many full members and this coverage should form its own organization (应建未建). */
    static boolean shouldForm(Coverage coverage, int fullMembers, boolean current) {
        return current && coverage != Coverage.OWN_ORGANIZATION && fullMembers >= FULL_MEMBERS_TO_FORM;
    }

    /** A move-in checked against all but the rows already stored: the values to store, texts trimmed. */
    record MoveIn(Organization building, Long enterpriseId, String name, Integer floor, String room, Coverage coverage,
                  Long coveringOrgId, String instructorName, int fullMembers, java.time.LocalDate movedIn) {
    }

    public Tenancy moveIn(TenancyDraft draft) {
        BuildingRecords.requireBody(draft, "{buildingId, enterpriseId | enterpriseName, floor, room, coverage, coveringOrgId, fullMembers, movedIn}");
        Organization building = buildings.building(draft.buildingId(), "buildingId");
        ValidationException.Builder errors = ValidationException.builder();
        MoveIn move = check(building, draft, errors);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            TenancyEntity present = present(em, move);
            if (present != null) {
                throw BuildingsText.TEXT.conflict("tenancy.alreadyIn", move.name(), scope.name(present.buildingId));
            }
            return view(storeIn(em, move, actor));
        });
    }

    /** Checks a move-in into {@code building}, adding every refused field to {@code errors}; null when refused. */
    MoveIn check(Organization building, TenancyDraft draft, ValidationException.Builder errors) {
        ValidationException.Builder own = ValidationException.builder();
        Organization enterprise = null;
        String name = null;
        if (draft.enterpriseId() != null) {
            enterprise = scope.referencedUnit(draft.enterpriseId(), "enterpriseId", own);
            if (enterprise != null && enterprise.unitType() != UnitType.ENTERPRISE
                    && enterprise.unitType() != UnitType.SOCIAL_ORGANIZATION) {
                own.add("enterpriseId", BuildingsText.TEXT.message("tenancy.notEnterprise", enterprise.name()));
                enterprise = null;
            }
            if (draft.enterpriseName() != null) {
                own.add("enterpriseName", BuildingsText.TEXT.message("tenancy.nameOrUnit"));
            }
            name = enterprise == null ? null : enterprise.name();
        } else {
            name = own.line("enterpriseName", draft.enterpriseName(), 200, true);
        }
        String room = own.line("room", draft.room(), 20, false);
        if (draft.floor() != null && (draft.floor() < -5 || draft.floor() > 200 || draft.floor() == 0)) {
            own.add("floor", BuildingsText.TEXT.message("tenancy.floor"));
        }
        BuildingRecords.pastDate(own, "movedIn", draft.movedIn(), true);
        Long covering = coverage(own, draft.coverage(), draft.coveringOrgId(), draft.instructorName(), draft.fullMembers(),
                building, enterprise == null ? null : enterprise.id());
        if (!own.isEmpty()) {
            ModuleMessages.addAll(errors, "", own.build());
            return null;
        }
        return new MoveIn(building, enterprise == null ? null : enterprise.id(), name, draft.floor(), room, draft.coverage(),
                covering, ValidationException.builder().line("instructorName", draft.instructorName(), 50, false),
                draft.fullMembers(), draft.movedIn());
    }

    /** The enterprise's current stay in a building (by unit, or by name in the same building), or null. */
    static TenancyEntity present(EntityManager em, MoveIn move) {
        TypedQuery<TenancyEntity> same = move.enterpriseId() != null
                ? em.createQuery("SELECT t FROM TenancyEntity t WHERE t.enterpriseId = :e AND t.movedOut IS NULL", TenancyEntity.class)
                        .setParameter("e", move.enterpriseId())
                : em.createQuery("SELECT t FROM TenancyEntity t WHERE t.buildingId = :b AND t.enterpriseName = :n "
                        + "AND t.movedOut IS NULL", TenancyEntity.class).setParameter("b", move.building().id()).setParameter("n", move.name());
        return same.getResultStream().findFirst().orElse(null);
    }

    /** Stores a checked move-in with its audit record (the caller's transaction). */
    TenancyEntity storeIn(EntityManager em, MoveIn move, String actor) {
        TenancyEntity t = new TenancyEntity();
        t.buildingId = move.building().id();
        t.orgPath = move.building().path();
        t.enterpriseId = move.enterpriseId();
        t.enterpriseName = move.name();
        t.floorNo = move.floor();
        t.room = move.room();
        t.coverage = move.coverage();
        t.coveringOrgId = move.coveringOrgId();
        t.instructorName = move.instructorName();
        t.fullMembers = move.fullMembers();
        t.movedIn = move.movedIn();
        t.updatedAt = UtcTimes.now();
        t.updatedBy = actor;
        em.persist(t);
        em.flush();
        audit.record("MOVE_IN", TYPE, t.id, t.enterpriseName + " → " + move.building().name() + " " + t.movedIn + " (" + t.coverage + ")",
                List.of());
        return t;
    }

    /**
     * Checks a coverage with its covering organization and full members; answers the covering organization to store:
     * the enterprise itself for its own organization, the building's joint branch unless another is named, none.
     */
    private Long coverage(ValidationException.Builder errors, Coverage coverage, Long coveringOrgId, String instructorName,
                          Integer fullMembers, Organization building, Long enterpriseId) {
        errors.line("instructorName", instructorName, 50, false);
        errors.whole("fullMembers", fullMembers, 0, MAX_MEMBERS, true);
        if (coverage == null) {
            errors.required("coverage", null);
            return null;
        }
        if (coverage == Coverage.NONE) {
            if (coveringOrgId != null) {
                errors.add("coveringOrgId", BuildingsText.TEXT.message("coverage.noneWithOrganization"));
            }
            return null;
        }
        Long covering = coveringOrgId != null ? coveringOrgId
                : coverage == Coverage.OWN_ORGANIZATION ? enterpriseId : Long.valueOf(building.id());
        if (covering == null) {
            errors.add("coveringOrgId", BuildingsText.TEXT.message("coverage.organizationRequired"));
            return null;
        }
        Organization org = scope.referencedUnit(covering, "coveringOrgId", errors);
        if (org != null && (org.partyOrgType() == null || org.partyOrgType() == PartyOrgType.NONE)) {
            errors.add("coveringOrgId", BuildingsText.TEXT.message("coverage.noOrganization", org.name()));
        }
        return covering;
    }

    public Tenancy changeCoverage(long id, long expectedVersion, CoverageChange change) {
        BuildingRecords.requireBody(change, "{coverage, coveringOrgId, instructorName, fullMembers}");
        TenancyEntity current = load(id);
        Organization building = buildings.building(current.buildingId, "buildingId");
        ValidationException.Builder errors = ValidationException.builder();
        Long covering = coverage(errors, change.coverage(), change.coveringOrgId(), change.instructorName(), change.fullMembers(),
                building, current.enterpriseId);
        String instructor = errors.line("instructorName", change.instructorName(), 50, false);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            TenancyEntity t = locked(em, id, expectedVersion);
            if (t.movedOut != null) {
                throw BuildingsText.TEXT.conflict("tenancy.movedOut", t.enterpriseName, t.movedOut);
            }
            storeCoverage(em, t, change.coverage(), covering, instructor, change.fullMembers(), actor);
            return view(t);
        });
    }

    /** Stores a checked coverage change of a current stay with its audit record (the caller's transaction). */
    void storeCoverage(EntityManager em, TenancyEntity t, Coverage coverage, Long covering, String instructor, int fullMembers,
                       String actor) {
        List<FieldChange> changes = List.of(new FieldChange("coverage", String.valueOf(t.coverage), String.valueOf(coverage)),
                new FieldChange("fullMembers", String.valueOf(t.fullMembers), String.valueOf(fullMembers)));
        t.coverage = coverage;
        t.coveringOrgId = covering;
        t.instructorName = instructor;
        t.fullMembers = fullMembers;
        t.updatedAt = UtcTimes.now();
        t.updatedBy = actor;
        em.flush();
        audit.record("COVERAGE", TYPE, t.id, t.enterpriseName + ": " + t.coverage, changes);
    }

    public Tenancy moveOut(long id, long expectedVersion, MoveOut move) {
        BuildingRecords.requireBody(move, "{movedOut, reason}");
        TenancyEntity current = load(id);
        scope.requireEnabled(current.buildingId);
        ValidationException.Builder errors = ValidationException.builder();
        BuildingRecords.pastDate(errors, "movedOut", move.movedOut(), true);
        String reason = errors.line("reason", move.reason(), 500, false);
        if (move.movedOut() != null && move.movedOut().isBefore(current.movedIn)) {
            errors.add("movedOut", BuildingsText.TEXT.message("tenancy.outBeforeIn", current.movedIn));
        }
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            TenancyEntity t = locked(em, id, expectedVersion);
            if (t.movedOut != null) {
                throw BuildingsText.TEXT.conflict("tenancy.movedOut", t.enterpriseName, t.movedOut);
            }
            storeOut(em, t, move.movedOut(), reason, actor);
            return view(t);
        });
    }

    /** Stores a checked move-out of a current stay with its audit record (the caller's transaction). */
    void storeOut(EntityManager em, TenancyEntity t, java.time.LocalDate movedOut, String reason, String actor) {
        t.movedOut = movedOut;
        t.moveOutReason = reason;
        t.updatedAt = UtcTimes.now();
        t.updatedBy = actor;
        em.flush();
        audit.record("MOVE_OUT", TYPE, t.id, t.enterpriseName + " ← " + scope.name(t.buildingId) + " " + t.movedOut,
                List.of(new FieldChange("movedOut", null, t.movedOut.toString())));
    }

    public Tenancy get(long id) {
        return view(load(id));
    }

    /** The row, 404 unless its building is in the caller's scope. */
    private TenancyEntity load(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            return BuildingRecords.visible(em, scope, TenancyEntity.class, id, "tenancy", r -> r.orgPath);
        });
    }

    private static TenancyEntity locked(EntityManager em, long id, long expectedVersion) {
        TenancyEntity t = em.find(TenancyEntity.class, id);
        if (t.version != expectedVersion) {
            throw BuildingsText.TEXT.stale("tenancy", id, expectedVersion, t.version);
        }
        return t;
    }

    /**
     * Enterprises in the buildings under {@code unit}: the current ones (default), those moved out, or all; of one
     * coverage; only those that should form an organization of their own (应建未建).
     */
    public Page<Tenancy> search(Long unit, Boolean current, Coverage coverage, Boolean shouldForm, PageRequest page) {
        Organization under = scope.enabledUnit(unit, "unit");
        StringBuilder where = new StringBuilder(" WHERE t.orgPath LIKE :under");
        if (current == null || current) {
            where.append(" AND t.movedOut IS NULL");
        } else {
            where.append(" AND t.movedOut IS NOT NULL");
        }
        if (coverage != null) {
            where.append(" AND t.coverage = :coverage");
        }
        if (Boolean.TRUE.equals(shouldForm)) {
            where.append(" AND t.movedOut IS NULL AND t.coverage <> :own AND t.fullMembers >= :form");
        }
        String order = Paging.orderBy(page.sort(), SORT, "t.buildingId, t.floorNo", "t.id");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<TenancyEntity> select = em.createQuery("SELECT t FROM TenancyEntity t" + where + order, TenancyEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM TenancyEntity t" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("under", under.path() + "%");
                if (coverage != null) {
                    q.setParameter("coverage", coverage);
                }
                if (Boolean.TRUE.equals(shouldForm)) {
                    q.setParameter("own", Coverage.OWN_ORGANIZATION).setParameter("form", FULL_MEMBERS_TO_FORM);
                }
            }
            List<Tenancy> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(this::view).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** The history of one enterprise (a core unit) in buildings: every move-in and move-out, oldest first. */
    public List<Tenancy> history(long enterpriseId) {
        scope.unit(enterpriseId, "enterpriseId");
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT t FROM TenancyEntity t WHERE t.enterpriseId = :e "
                        + "AND t.orgPath LIKE :scope ORDER BY t.movedIn, t.id", TenancyEntity.class)
                .setParameter("e", enterpriseId).setParameter("scope", scope.scopePattern()).getResultList().stream().map(this::view).toList());
    }

    private Tenancy view(TenancyEntity t) {
        boolean current = t.movedOut == null;
        return new Tenancy(t.id, t.buildingId, scope.name(t.buildingId), t.enterpriseId, t.enterpriseName, t.floorNo, t.room,
                t.coverage, t.coveringOrgId, t.coveringOrgId == null ? null : scope.name(t.coveringOrgId), t.instructorName,
                t.fullMembers, shouldForm(t.coverage, t.fullMembers, current), t.movedIn, t.movedOut, t.moveOutReason, current,
                UtcTimes.instant(t.updatedAt), t.updatedBy, t.version);
    }
}
