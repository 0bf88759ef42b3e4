package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/** Voluntary extra dues (自愿多交) and one-off special dues (特殊党费), recorded apart from the monthly dues. */
@Component(service = Extras.class)
public class Extras {
    static final String TYPE = "dues.extra";
    static final BigDecimal MIN = new BigDecimal("0.01");
    static final BigDecimal MAX = new BigDecimal("1000000");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Bases bases;

    @Activate
    public Extras(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                  @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference Bases bases) {
        this.jpa = jpa;
        this.scope = scopes.of(DuesModule.ID);
        this.audit = audit;
        this.bases = bases;
    }

    public Extra create(ExtraDraft draft) {
        if (draft == null) {
            throw DuesText.TEXT.invalid("body", "body.required", "{memberId, kind, amount, paidOn, note}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        MemberReference member = bases.member(draft.memberId(), "memberId", errors);
        errors.required("kind", draft.kind());
        BigDecimal amount = errors.number("amount", draft.amount(), MIN, MAX, 2, true);
        errors.date("paidOn", draft.paidOn(), Payments.EARLIEST, LocalDate.now(), true);
        String note = errors.note("note", draft.note(), Payments.MAX_NOTE, false);
        errors.throwIfAny();
        DuesText.TEXT.requireRecord(scope, member.organizationId(), "member", member.id());
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ExtraEntity e = createIn(em, member, new ExtraDraft(member.id(), draft.kind(), amount, draft.paidOn(), note), actor);
            audit.record("CREATE", TYPE, e.id, member.name() + " " + draft.kind().name(),
                    List.of(new FieldChange("amount", null, e.amount.toPlainString())));
            return toRecord(e);
        });
    }

    ExtraEntity createIn(EntityManager em, MemberReference member, ExtraDraft draft, String actor) {
        ExtraEntity e = new ExtraEntity();
        e.memberId = member.id();
        e.memberName = member.name();
        e.organizationId = member.organizationId();
        e.orgPath = member.path();
        e.kind = draft.kind();
        e.amount = draft.amount().setScale(2);
        e.paidOn = draft.paidOn();
        e.note = draft.note();
        e.recordedAt = UtcTimes.now();
        e.recordedBy = actor;
        em.persist(e);
        em.flush();
        return e;
    }

    public Page<Extra> search(Long unitId, Integer year, ExtraKind kind, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE e.orgPath LIKE :path" + (year == null ? "" : " AND e.paidOn >= :from AND e.paidOn < :to")
                + (kind == null ? "" : " AND e.kind = :kind");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ExtraEntity> select = em.createQuery("SELECT e FROM ExtraEntity e" + where
                    + " ORDER BY e.paidOn DESC, e.id DESC", ExtraEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM ExtraEntity e" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1));
                }
                if (kind != null) {
                    q.setParameter("kind", kind);
                }
            }
            List<Extra> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(Extras::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    static Extra toRecord(ExtraEntity e) {
        return new Extra(e.id, e.memberId, e.memberName, e.organizationId, e.kind, e.amount, e.paidOn, e.note,
                UtcTimes.instant(e.recordedAt), e.recordedBy, e.version);
    }
}
