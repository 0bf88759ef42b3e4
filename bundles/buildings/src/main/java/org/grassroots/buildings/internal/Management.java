package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Domain;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 两企三新 management: which committee (a park's 直属党委 or a street's 综合党委) manages which 两新 organization (the
 * core's enterprises and social organizations of the emerging sector), and which have none. The organizations come
 * from core's subtree query, the managing committees from the module's rows under the same path: both filtered in SQL.
 */
@Component(service = Management.class)
public class Management {
    static final String TYPE = "buildings.management";
    /** The 两新 organizations: 非公企业 and 社会组织 of the emerging sector (新兴领域). */
    static final List<UnitType> TWO_NEW = List.of(UnitType.ENTERPRISE, UnitType.SOCIAL_ORGANIZATION);
    /** The Party organizations that can manage 两新 organizations: committees (党委) and working committees (党工委). */
    static final List<PartyOrgType> MANAGING = List.of(PartyOrgType.COMMITTEE, PartyOrgType.WORKING_COMMITTEE);

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final OrganizationService organizations;

    @Activate
    public Management(@Reference(target = BuildingsModule.UNIT) JpaTemplate jpa,
                      @Reference(target = BuildingsModule.SCHEMA) ModuleSchema schema,
                      @Reference Buildings buildings, @Reference OrganizationService organizations, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = buildings.scope();
        this.organizations = organizations;
        this.audit = audit;
    }

    /** Whether a unit is a 两新 organization. */
    static boolean twoNew(Organization unit) {
        return TWO_NEW.contains(unit.unitType()) && unit.domain() == Domain.EMERGING;
    }

    /** Puts a 两新 organization under a committee; 409 when one already manages it (change it with {@link #change}). */
    public ManagedOrganization assign(ManagementDraft draft) {
        BuildingRecords.requireBody(draft, "{organizationId, committeeId, kind, since}");
        Organization organization = scope.enabledUnit(draft.organizationId(), "organizationId");
        ValidationException.Builder errors = ValidationException.builder();
        if (!twoNew(organization)) {
            errors.add("organizationId", BuildingsText.TEXT.message("management.notTwoNew", organization.name()));
        }
        Organization committee = check(errors, draft);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ManagementEntity present = byOrganization(em, organization.id());
            if (present != null) {
                throw BuildingsText.TEXT.conflict("management.exists", organization.name(), scope.name(present.committeeId));
            }
            ManagementEntity m = new ManagementEntity();
            m.organizationId = organization.id();
            m.activeOrganizationId = organization.id();
            m.orgPath = organization.path();
            apply(m, committee, draft, actor);
            em.persist(m);
            em.flush();
            audit.record("CREATE", TYPE, m.id, organization.name() + " ← " + committee.name() + " (" + m.kind + ")", List.of());
            return view(organization, m);
        });
    }

    /** Moves a 两新 organization to another managing committee (or corrects the kind or date), If-Match. */
    public ManagedOrganization change(long id, long expectedVersion, ManagementDraft draft) {
        BuildingRecords.requireBody(draft, "{committeeId, kind, since}");
        ManagementEntity current = jpa.txExpr(TransactionType.Supports,
                em -> BuildingRecords.visible(em, scope, ManagementEntity.class, id, "management", r -> r.orgPath));
        Organization organization = scope.enabledUnit(current.organizationId, "organizationId");
        if (draft.organizationId() != null && draft.organizationId() != current.organizationId) {
            throw BuildingsText.TEXT.invalid("organizationId", "management.fixed");
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization committee = check(errors, draft);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ManagementEntity m = current(em, id, expectedVersion);
            FieldChange changed = new FieldChange("committeeId", String.valueOf(m.committeeId), String.valueOf(committee.id()));
            apply(m, committee, draft, actor);
            em.flush();
            audit.record("UPDATE", TYPE, m.id, organization.name() + " ← " + committee.name() + " (" + m.kind + ")", List.of(changed));
            return view(organization, m);
        });
    }

    /**
     * Ends a management (If-Match): from {@code endedOn} (on or after its start, at the latest today) the organization
     * has no managing committee again and may be put under another; the row stays for the figures of earlier years.
     */
    public ManagedOrganization end(long id, long expectedVersion, ManagementEnd draft) {
        ManagementEntity loaded = jpa.txExpr(TransactionType.Supports,
                em -> BuildingRecords.visible(em, scope, ManagementEntity.class, id, "management", r -> r.orgPath));
        Organization organization = scope.enabledUnit(loaded.organizationId, "organizationId");
        BuildingRecords.requireBody(draft, "{endedOn}");
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ManagementEntity m = current(em, id, expectedVersion);
            ValidationException.Builder errors = ValidationException.builder();
            errors.date("endedOn", draft.endedOn(), m.since, LocalDate.now(), true);
            errors.throwIfAny();
            m.endedOn = draft.endedOn();
            m.activeOrganizationId = null;
            m.updatedAt = UtcTimes.now();
            m.updatedBy = actor;
            em.flush();
            audit.record("UPDATE", TYPE, m.id, organization.name() + " ↚ " + scope.name(m.committeeId) + " (" + m.endedOn + ")",
                    List.of(new FieldChange("endedOn", null, String.valueOf(m.endedOn))));
            return view(organization, null);
        });
    }

    /** The row to change: still current (409 once ended) and of the version the caller read (409 otherwise). */
    private ManagementEntity current(EntityManager em, long id, long expectedVersion) {
        ManagementEntity m = em.find(ManagementEntity.class, id);
        if (m.endedOn != null) {
            throw BuildingsText.TEXT.conflict("management.ended", m.endedOn);
        }
        if (m.version != expectedVersion) {
            throw BuildingsText.TEXT.stale("management", id, expectedVersion, m.version);
        }
        return m;
    }

    private Organization check(ValidationException.Builder errors, ManagementDraft draft) {
        errors.required("kind", draft.kind());
        BuildingRecords.pastDate(errors, "since", draft.since(), true);
        Organization committee = scope.referencedUnit(draft.committeeId(), "committeeId", errors);
        if (committee != null && !MANAGING.contains(committee.partyOrgType())) {
            errors.add("committeeId", BuildingsText.TEXT.message("management.notCommittee", committee.name()));
        }
        return committee;
    }

    private static void apply(ManagementEntity m, Organization committee, ManagementDraft draft, String actor) {
        m.committeeId = committee.id();
        m.kind = draft.kind();
        m.since = draft.since();
        m.updatedAt = UtcTimes.now();
        m.updatedBy = actor;
    }

    private static ManagementEntity byOrganization(EntityManager em, long organizationId) {
        return em.createQuery("SELECT m FROM ManagementEntity m WHERE m.organizationId = :o AND m.endedOn IS NULL", ManagementEntity.class)
                .setParameter("o", organizationId).getResultStream().findFirst().orElse(null);
    }

    /**
     * The 两新 organizations under {@code unit} with their managing committee: all, only the managed ones, only those
     * with none ({@code managed=false}), or those of one committee; ordered by code.
     */
    public Page<ManagedOrganization> search(Long unit, Boolean managed, Long committeeId, PageRequest page) {
        Organization under = scope.enabledUnit(unit, "unit");
        Map<Long, ManagementEntity> rows = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ManagementEntity> query = em.createQuery("SELECT m FROM ManagementEntity m WHERE m.orgPath LIKE :under "
                    + "AND m.endedOn IS NULL" + (committeeId == null ? "" : " AND m.committeeId = :c"), ManagementEntity.class).setParameter("under", under.path() + "%");
            if (committeeId != null) {
                query.setParameter("c", committeeId);
            }
            return query.getResultList();
        }).forEach(m -> rows.put(m.organizationId, m));
        List<ManagedOrganization> all = new ArrayList<>();
        for (Organization o : twoNewUnder(under)) {
            ManagementEntity m = rows.get(o.id());
            boolean include = committeeId != null || Boolean.TRUE.equals(managed) ? m != null
                    : Boolean.FALSE.equals(managed) ? m == null : true;
            if (include) {
                all.add(view(o, m));
            }
        }
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new Page<>(all.subList(from, to), all.size(), page.page(), page.size());
    }

    /** How many 两新 organizations the subtree has, how many a committee manages, and each committee's share. */
    public ManagementSummary summary(Long unit) {
        Organization under = scope.enabledUnit(unit, "unit");
        long total = 0;
        for (UnitType type : TWO_NEW) {
            total += organizations.count(new OrganizationQuery(null, under.id(), type, null, Domain.EMERGING, OrgStatus.ACTIVE));
        }
        List<ManagementSummary.Load> loads = new ArrayList<>();
        long managed = 0;
        for (Object[] row : jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT m.committeeId, m.kind, COUNT(m) "
                + "FROM ManagementEntity m WHERE m.orgPath LIKE :under AND m.endedOn IS NULL GROUP BY m.committeeId, m.kind", Object[].class)
                .setParameter("under", under.path() + "%").getResultList())) {
            long n = ((Number) row[2]).longValue();
            managed += n;
            loads.add(new ManagementSummary.Load((Long) row[0], scope.name((Long) row[0]), (ManagerKind) row[1], n));
        }
        loads.sort(Comparator.comparingLong(ManagementSummary.Load::organizations).reversed()
                .thenComparing(ManagementSummary.Load::committeeId));
        return new ManagementSummary(total, managed, Math.max(0, total - managed), loads);
    }

    /**
     * The dashboard's figures for the subtree of {@code subtreeOf} (path prefix {@code under}): the 两新 organizations
     * (core's active ones today: core keeps no history of them), those a committee managed at the year's end per kind
     * (直属党委, 综合党委) and those with none.
     */
    Map<String, Double> figures(long subtreeOf, String under, int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        long total = 0;
        for (UnitType type : TWO_NEW) {
            total += organizations.count(new OrganizationQuery(null, subtreeOf, type, null, Domain.EMERGING, OrgStatus.ACTIVE));
        }
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("organizations", (double) total);
        for (ManagerKind kind : ManagerKind.values()) {
            parts.put(kind.name(), 0.0);
        }
        // an ended row counted up to the day before it ended: on endedOn the organization has no committee any more
        for (Object[] row : jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT m.kind, COUNT(m) FROM ManagementEntity m "
                + "WHERE m.orgPath LIKE :under AND m.since <= :end AND (m.endedOn IS NULL OR m.endedOn > :end) GROUP BY m.kind",
                Object[].class).setParameter("under", under).setParameter("end", yearEnd).getResultList())) {
            parts.put(((ManagerKind) row[0]).name(), ((Number) row[1]).doubleValue());
        }
        double managed = Arrays.stream(ManagerKind.values()).mapToDouble(k -> parts.get(k.name())).sum();
        parts.put("unmanaged", Math.max(0, total - managed));
        return parts;
    }

    /** The active 两新 organizations under a unit, by code (core's subtree query, page by page). */
    private List<Organization> twoNewUnder(Organization under) {
        List<Organization> all = new ArrayList<>();
        for (UnitType type : TWO_NEW) {
            OrganizationQuery query = new OrganizationQuery(null, under.id(), type, null, Domain.EMERGING, OrgStatus.ACTIVE);
            for (int p = 0; ; p++) {
                Page<Organization> got = organizations.search(query, new PageRequest(p, PageRequest.MAX_SIZE, "code"));
                all.addAll(got.items());
                if (got.items().size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
        }
        all.sort(Comparator.comparing(Organization::code));
        return all;
    }

    private ManagedOrganization view(Organization o, ManagementEntity m) {
        return m == null
                ? new ManagedOrganization(o.id(), o.code(), o.name(), o.unitType(), null, null, null, null, null, null)
                : new ManagedOrganization(o.id(), o.code(), o.name(), o.unitType(), m.id, m.committeeId, scope.name(m.committeeId),
                        m.kind, m.since, m.version);
    }
}
