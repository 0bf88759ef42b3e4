package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
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
 * The yearly development plans (发展计划): a unit's quota of new candidates (发展对象) for its subtree and year. Making
 * someone a candidate needs room in the nearest plan above the file's unit.
 */
@Component(service = Plans.class)
public class Plans {
    static final String TYPE = "membership.plan";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Plans(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                 @Reference(target = MembershipModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                 @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(MembershipModule.ID);
        this.audit = audit;
    }

    /** Creates or replaces the plan of a unit and year. */
    public Plan save(PlanDraft draft) {
        if (draft == null) {
            throw MembershipText.TEXT.invalid("body", "body.required", "{organizationId, year, quota}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization unit = MembershipText.unit(scope, draft.organizationId(), "organizationId", errors);
        if (draft.year() == null || draft.year() < 2000 || draft.year() > LocalDate.now().getYear() + 1) {
            errors.add("year", MembershipText.TEXT.message("plan.year", LocalDate.now().getYear() + 1));
        }
        if (draft.quota() == null || draft.quota() < 0 || draft.quota() > 100000) {
            errors.add("quota", MembershipText.TEXT.message("plan.quota"));
        }
        String note = errors.note("note", draft.note(), 500, false);
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        scope.requireEnabled(unit.id());
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<PlanEntity> found = em.createQuery("SELECT p FROM PlanEntity p WHERE p.organizationId = :u AND p.year = :y",
                    PlanEntity.class).setParameter("u", unit.id()).setParameter("y", draft.year()).getResultList();
            PlanEntity p = found.isEmpty() ? new PlanEntity() : found.get(0);
            String before = found.isEmpty() ? null : String.valueOf(p.quota);
            p.organizationId = unit.id();
            p.orgPath = unit.path();
            p.year = draft.year();
            p.quota = draft.quota();
            p.note = note;
            p.updatedAt = UtcTimes.now();
            p.updatedBy = actor;
            if (found.isEmpty()) {
                em.persist(p);
            }
            em.flush();
            audit.record(found.isEmpty() ? "CREATE" : "UPDATE", TYPE, p.id, unit.name() + " " + p.year,
                    List.of(new FieldChange("quota", before, String.valueOf(p.quota))));
            return toRecord(em, p);
        });
    }

    public Page<Plan> search(Long unitId, Integer year, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE p.orgPath LIKE :path" + (year == null ? "" : " AND p.year = :y");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var select = em.createQuery("SELECT p FROM PlanEntity p" + where + " ORDER BY p.year DESC, p.orgPath, p.id", PlanEntity.class);
            var count = em.createQuery("SELECT COUNT(p) FROM PlanEntity p" + where, Long.class);
            for (var q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("y", year);
                }
            }
            List<Plan> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(p -> toRecord(em, p)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** 409 unless the nearest plan of the file's unit (or an ancestor) for the year has room for one more candidate. */
    void requireRoom(EntityManager em, FileEntity f, int year) {
        List<String> paths = ancestors(f.orgPath);
        List<PlanEntity> found = em.createQuery("SELECT p FROM PlanEntity p WHERE p.orgPath IN :paths AND p.year = :y "
                + "ORDER BY p.orgPath DESC", PlanEntity.class).setParameter("paths", paths).setParameter("y", year).getResultList();
        PlanEntity nearest = found.stream().max((a, b) -> Integer.compare(a.orgPath.length(), b.orgPath.length())).orElse(null);
        if (nearest == null) {
            throw MembershipText.TEXT.conflict("plan.none", year);
        }
        long made = count(em, StepCode.CANDIDATE, nearest.orgPath, year);
        if (made >= nearest.quota) {
            throw MembershipText.TEXT.conflict("plan.full", scope.name(nearest.organizationId), year, nearest.quota);
        }
    }

    /** {@code /1/7/42/} → {@code /1/}, {@code /1/7/}, {@code /1/7/42/}. */
    static List<String> ancestors(String path) {
        List<String> paths = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            paths.add(path.substring(0, i + 1));
        }
        return paths;
    }

    static long count(EntityManager em, StepCode code, String path, int year) {
        return em.createQuery("SELECT COUNT(s) FROM StepEntity s, FileEntity f WHERE s.fileId = f.id AND s.code = :c "
                        + "AND f.orgPath LIKE :path AND s.doneOn >= :from AND s.doneOn <= :to", Long.class)
                .setParameter("c", code).setParameter("path", path + "%").setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31)).getSingleResult();
    }

    private Plan toRecord(EntityManager em, PlanEntity p) {
        return new Plan(p.id, p.organizationId, scope.name(p.organizationId), p.year, p.quota,
                count(em, StepCode.CANDIDATE, p.orgPath, p.year), count(em, StepCode.ADMISSION, p.orgPath, p.year), p.note, p.version);
    }
}
