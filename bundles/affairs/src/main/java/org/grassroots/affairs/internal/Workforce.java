package org.grassroots.affairs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The two full-time teams (党建指导员, 党建专员): who is assigned to which Party organizations, which organizations of
 * a subtree have nobody, and how many organizations each person looks after.
 */
@Component(service = Workforce.class)
public class Workforce {
    static final String TYPE = "affairs.worker";
    static final int MAX_LISTED = 200;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;
    private final OrganizationService organizations;
    private final FigureCache cache;

    @Activate
    public Workforce(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                     @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                     @Reference AuditLog audit, @Reference MemberService members,
                     @Reference OrganizationService organizations, @Reference FigureCache cache) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.members = members;
        this.organizations = organizations;
        this.cache = cache;
    }

    public WorkerAssignment assign(WorkerAssignmentDraft draft) {
        if (draft == null) {
            throw AffairsText.TEXT.invalid("body", "body.required", "{memberId, role, organizationId}");
        }
        Organization org = scope.enabledUnit(draft.organizationId(), "organizationId");
        FieldErrors errors = AffairsText.errors();
        if (org.partyOrgType() == null || !org.partyOrgType().isPartyOrganization()) {
            errors.add("organizationId", "campaign.noParty", org.name());
        }
        if (draft.role() == null) {
            errors.add("role", "worker.role");
        }
        MemberReference person = draft.memberId() == null ? null : members.reference(draft.memberId()).orElse(null);
        if (person == null) {
            errors.add("memberId", "worker.member", draft.memberId());
        }
        errors.throwIfAny();
        String actor = scope.actor();
        return cache.after(jpa.txExpr(TransactionType.Required, em -> {
            boolean exists = !em.createQuery("SELECT w.id FROM WorkerEntity w WHERE w.role = :role AND w.memberId = :m "
                            + "AND w.organizationId = :org", Long.class).setParameter("role", draft.role())
                    .setParameter("m", person.id()).setParameter("org", org.id()).getResultList().isEmpty();
            if (exists) {
                throw AffairsText.TEXT.conflict("worker.exists", person.name(), draft.role(), org.name());
            }
            WorkerEntity w = assignIn(em, person.id(), draft.role(), org, actor);
            em.flush();
            audit.record("ASSIGN", TYPE, w.id, person.name() + " " + w.role.label() + " → " + org.name(), List.of());
            return toRecord(w, person.name());
        }));
    }

    WorkerEntity assignIn(EntityManager em, long memberId, WorkerRole role, Organization org, String actor) {
        WorkerEntity w = new WorkerEntity();
        w.memberId = memberId;
        w.role = role;
        w.organizationId = org.id();
        w.orgPath = org.path();
        w.assignedBy = actor;
        w.assignedAt = UtcTimes.now();
        em.persist(w);
        return w;
    }

    public void unassign(long id) {
        cache.after(jpa.txExpr(TransactionType.Required, em -> {
            WorkerEntity w = em.find(WorkerEntity.class, id);
            if (w == null) {
                throw new NotFoundException(TYPE, id);
            }
            scope.requireVisible(w.orgPath, TYPE, id);
            scope.requireEnabled(w.organizationId);
            em.remove(w);
            audit.record("UNASSIGN", TYPE, id, w.role.label() + " " + w.memberId + " ← " + scope.name(w.organizationId), List.of());
            return id;
        }));
    }

    public List<WorkerAssignment> list(Long unitId) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT w FROM WorkerEntity w WHERE w.orgPath LIKE :path "
                        + "ORDER BY w.role, w.memberId, w.organizationId", WorkerEntity.class)
                .setParameter("path", unit.path() + "%").setMaxResults(5000).getResultList().stream()
                .map(w -> toRecord(w, members.reference(w.memberId).map(MemberReference::name).orElse(null))).toList());
    }

    public Coverage coverage(Long unitId) {
        return coverageOf(scope.enabledUnit(unitId, "unit"));
    }

    Coverage coverageOf(Organization unit) {
        return cache.get("coverage:" + unit.path(), () -> compute(unit));
    }

    private Coverage compute(Organization unit) {
        List<Organization> orgs = organizations.subtree(unit.id(), Compliance.SUBTREE_DEPTH).stream()
                .filter(o -> o.partyOrgType() != null && o.partyOrgType().isPartyOrganization() && o.status() == OrgStatus.ACTIVE)
                .toList();
        Map<Long, Set<WorkerRole>> byOrg = new HashMap<>();
        Map<String, int[]> load = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> {
            for (Object[] row : em.createQuery("SELECT w.organizationId, w.role, w.memberId FROM WorkerEntity w WHERE w.orgPath LIKE :path",
                    Object[].class).setParameter("path", unit.path() + "%").getResultList()) {
                byOrg.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((WorkerRole) row[1]);
                load.computeIfAbsent(row[2] + ":" + ((WorkerRole) row[1]).name(), k -> new int[1])[0]++;
            }
            return null;
        });
        Map<WorkerRole, Integer> coveredBy = new EnumMap<>(WorkerRole.class);
        for (WorkerRole r : WorkerRole.values()) {
            coveredBy.put(r, 0);
        }
        List<UncoveredOrganization> uncovered = new ArrayList<>();
        int covered = 0;
        for (Organization o : orgs) {
            Set<WorkerRole> roles = byOrg.get(o.id());
            if (roles == null || roles.isEmpty()) {
                uncovered.add(new UncoveredOrganization(o.id(), o.code(), o.name()));
            } else {
                covered++;
                roles.forEach(r -> coveredBy.merge(r, 1, Integer::sum));
            }
        }
        uncovered.sort(Comparator.comparing(UncoveredOrganization::code));
        List<WorkerLoad> loads = new ArrayList<>();
        load.forEach((key, n) -> {
            String[] parts = key.split(":");
            long memberId = Long.parseLong(parts[0]);
            loads.add(new WorkerLoad(memberId, members.reference(memberId).map(MemberReference::name).orElse(null),
                    WorkerRole.valueOf(parts[1]), n[0]));
        });
        // a total order (a member can hold both roles): the same data lists the same way, whatever the map's order
        loads.sort(Comparator.comparingInt(WorkerLoad::organizations).reversed().thenComparing(WorkerLoad::memberId)
                .thenComparing(WorkerLoad::role));
        double percent = orgs.isEmpty() ? 0 : Math.round(1000.0 * covered / orgs.size()) / 10.0;
        return new Coverage(unit.id(), unit.name(), orgs.size(), covered, percent, coveredBy,
                List.copyOf(uncovered.subList(0, Math.min(MAX_LISTED, uncovered.size()))), uncovered.size(), loads);
    }

    private WorkerAssignment toRecord(WorkerEntity w, String memberName) {
        return new WorkerAssignment(w.id, w.memberId, memberName, w.role, w.organizationId, scope.name(w.organizationId),
                w.assignedBy, UtcTimes.instant(w.assignedAt));
    }
}
