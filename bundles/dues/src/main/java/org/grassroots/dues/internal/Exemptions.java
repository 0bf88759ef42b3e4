package org.grassroots.dues.internal;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Exemptions (免交): no dues from one month to another for a proper reason (e.g. serious illness, hardship). Months
 * opened later leave the member's dues exempt; unpaid dues of open months in the range become exempt at once
 * (settled months stay as reported).
 */
@Component(service = Exemptions.class)
public class Exemptions {
    static final String TYPE = "dues.exemption";
    static final int MAX_MONTHS = 60;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Bases bases;

    @Activate
    public Exemptions(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                      @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference Bases bases) {
        this.jpa = jpa;
        this.scope = scopes.of(DuesModule.ID);
        this.audit = audit;
        this.bases = bases;
    }

    public Exemption create(ExemptionDraft draft) {
        if (draft == null) {
            throw DuesText.TEXT.invalid("body", "body.required", "{memberId, from, to, reason}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        MemberReference member = bases.member(draft.memberId(), "memberId", errors);
        Integer from = Periods.parse(draft.from());
        Integer to = Periods.parse(draft.to());
        if (from == null) {
            errors.add("from", DuesText.TEXT.message("period.format"));
        }
        if (to == null) {
            errors.add("to", DuesText.TEXT.message("period.format"));
        }
        if (from != null && to != null && (to < from || Periods.length(from, to) > MAX_MONTHS)) {
            errors.add("to", DuesText.TEXT.message("exemption.range", MAX_MONTHS));
        }
        String reason = errors.note("reason", draft.reason(), Payments.MAX_NOTE, true);
        errors.throwIfAny();
        DuesText.TEXT.requireRecord(scope, member.organizationId(), "member", member.id());
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ExemptionEntity e = createIn(em, member, from, to, reason, actor);
            int changed = applyToOpenMonths(em, e);
            audit.record("CREATE", TYPE, e.id, member.name() + " " + Periods.text(from) + "–" + Periods.text(to) + ": "
                    + changed + " open dues exempt", List.of(new FieldChange("reason", null, reason)));
            return toRecord(e);
        });
    }

    ExemptionEntity createIn(EntityManager em, MemberReference member, int from, int to, String reason, String actor) {
        ExemptionEntity e = new ExemptionEntity();
        e.memberId = member.id();
        e.memberName = member.name();
        e.organizationId = member.organizationId();
        e.orgPath = member.path();
        e.fromPeriod = from;
        e.toPeriod = to;
        e.reason = reason;
        e.createdAt = UtcTimes.now();
        e.createdBy = actor;
        em.persist(e);
        em.flush();
        return e;
    }

    private static int applyToOpenMonths(EntityManager em, ExemptionEntity e) {
        int changed = 0;
        java.util.Set<Long> months = new java.util.HashSet<>();
        for (DueEntity d : em.createQuery("SELECT d FROM DueEntity d WHERE d.memberId = :m AND d.status = :unpaid "
                + "AND d.period >= :from AND d.period <= :to", DueEntity.class).setParameter("m", e.memberId)
                .setParameter("unpaid", DueStatus.UNPAID).setParameter("from", e.fromPeriod).setParameter("to", e.toPeriod)
                .getResultList()) {
            MonthEntity month = em.find(MonthEntity.class, d.monthId);
            if (month != null && month.status == MonthStatus.OPEN) {
                d.status = DueStatus.EXEMPT;
                months.add(d.monthId);
                changed++;
            }
        }
        MonthTotals.recount(em, months);
        em.flush();
        return changed;
    }

    public Page<Exemption> search(Long unitId, Integer year, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE e.orgPath LIKE :path" + (year == null ? "" : " AND e.fromPeriod <= :to AND e.toPeriod >= :from");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ExemptionEntity> select = em.createQuery("SELECT e FROM ExemptionEntity e" + where
                    + " ORDER BY e.fromPeriod DESC, e.id DESC", ExemptionEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM ExemptionEntity e" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("from", year * 100 + 1).setParameter("to", year * 100 + 12);
                }
            }
            List<Exemption> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(Exemptions::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    static Exemption toRecord(ExemptionEntity e) {
        return new Exemption(e.id, e.memberId, e.memberName, e.organizationId, Periods.text(e.fromPeriod), Periods.text(e.toPeriod),
                e.reason, UtcTimes.instant(e.createdAt), e.createdBy, e.version);
    }
}
