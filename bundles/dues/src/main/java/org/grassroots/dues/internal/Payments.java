package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Payments of dues: one by one, in bulk (a branch's collection day) and revoked (a mistake, while the month is
 * open). A due is UNPAID → PAID (→ UNPAID when revoked); EXEMPT dues take no payment. Paying a due of a settled
 * month is a back-payment (补缴): recorded as such without reopening the month. The amount paid is the amount due;
 * more than that is voluntary extra dues, recorded apart ({@code /extras}).
 */
@Component(service = Payments.class)
public class Payments {
    static final String TYPE = "dues.due";
    static final int MAX_BULK = 2000;
    static final int MAX_NOTE = 500;
    /** No payment, extra or import row is dated before this day. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Payments(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                    @Reference ModuleScopes scopes, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(DuesModule.ID);
        this.audit = audit;
    }

    public Due pay(long dueId, long version, PaymentDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        if (draft == null) {
            throw DuesText.TEXT.invalid("body", "body.required", "{paidOn, channel, amount, note}");
        }
        String note = checkPayment(draft.paidOn(), draft.channel(), draft.note(), errors);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            DueEntity due = visible(em, dueId);
            scope.requireEnabled(due.organizationId);
            requireUnpaid(due);
            if (due.version != version) {
                throw DuesText.TEXT.stale(TYPE, dueId, version, due.version);
            }
            if (draft.amount() != null && draft.amount().compareTo(due.amountDue) != 0) {
                throw DuesText.TEXT.invalid("amount", "pay.amount", due.amountDue.toPlainString());
            }
            payIn(em, due, draft.paidOn(), draft.channel(), note, actor);
            MonthTotals.recount(em, due.monthId);
            audit.record(due.backPayment == 1 ? "BACK_PAYMENT" : "PAY", TYPE, dueId, due.memberName + " " + Periods.text(due.period),
                    List.of(new FieldChange("status", DueStatus.UNPAID.name(), DueStatus.PAID.name())));
            return toRecord(due);
        });
    }

    /** Pays every listed due that is unpaid; all or nothing (an unknown or foreign id refuses the whole list). */
    public BulkPaymentResult payAll(BulkPayment draft) {
        if (draft == null) {
            throw DuesText.TEXT.invalid("body", "body.required", "{dueIds, paidOn, channel, note}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        if (draft.dueIds() == null || draft.dueIds().isEmpty() || draft.dueIds().size() > MAX_BULK
                || draft.dueIds().stream().anyMatch(java.util.Objects::isNull)) {
            errors.add("dueIds", DuesText.TEXT.message("bulk.ids", MAX_BULK));
        }
        String note = checkPayment(draft.paidOn(), draft.channel(), draft.note(), errors);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            int paid = 0;
            BigDecimal amount = DueLedger.money(null);
            List<Long> skipped = new ArrayList<>();
            // one query for the whole list (not one find per due), one enablement check per organization
            Map<Long, DueEntity> loaded = new HashMap<>();
            em.createQuery("SELECT d FROM DueEntity d WHERE d.id IN :ids", DueEntity.class)
                    .setParameter("ids", new ArrayList<>(new LinkedHashSet<>(draft.dueIds()))).getResultList()
                    .forEach(d -> loaded.put(d.id, d));
            Set<Long> enabled = new HashSet<>();
            Set<Long> months = new HashSet<>();
            for (Long id : new LinkedHashSet<>(draft.dueIds())) {
                DueEntity due = loaded.get(id);
                if (due == null) {
                    throw DuesText.TEXT.notFound(TYPE, id);
                }
                DuesText.TEXT.requireVisible(scope, due.orgPath, TYPE, id);
                if (enabled.add(due.organizationId)) {
                    scope.requireEnabled(due.organizationId);
                }
                if (due.status != DueStatus.UNPAID) {
                    skipped.add(id);
                    continue;
                }
                payIn(em, due, draft.paidOn(), draft.channel(), note, actor);
                months.add(due.monthId);
                paid++;
                amount = amount.add(due.amountDue);
            }
            MonthTotals.recount(em, months);
            audit.record("PAY_BULK", TYPE, null, paid + " dues, " + amount.toPlainString() + " yuan, " + draft.channel().name(),
                    List.of());
            return new BulkPaymentResult(paid, amount, skipped);
        });
    }

    /**
     * Records the payment (the caller checked state and input; the caller flushes and recounts the months'
     * {@link MonthTotals}, once for a whole batch); a due of a settled month becomes a back-payment.
     */
    void payIn(EntityManager em, DueEntity due, LocalDate paidOn, PaymentChannel channel, String note, String actor) {
        MonthEntity month = em.find(MonthEntity.class, due.monthId);
        due.status = DueStatus.PAID;
        due.paidAmount = due.amountDue;
        due.paidOn = paidOn;
        due.channel = channel;
        due.backPayment = (short) (month != null && month.status == MonthStatus.SETTLED ? 1 : 0);
        due.recordedAt = UtcTimes.now();
        due.recordedBy = actor;
        due.note = note;
    }

    /** Takes a payment back (recorded by mistake) while the month is open. */
    public Due revoke(long dueId, long version, RevokeDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        String reason = errors.note("reason", draft == null ? null : draft.reason(), MAX_NOTE, true);
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            DueEntity due = visible(em, dueId);
            scope.requireEnabled(due.organizationId);
            if (due.status != DueStatus.PAID) {
                throw DuesText.TEXT.conflict("revoke.notPaid", due.status);
            }
            MonthEntity month = em.find(MonthEntity.class, due.monthId);
            if (month.status != MonthStatus.OPEN) {
                throw DuesText.TEXT.conflict("revoke.settled", Periods.text(month.period), MonthAction.REOPEN);
            }
            if (due.version != version) {
                throw DuesText.TEXT.stale(TYPE, dueId, version, due.version);
            }
            String before = due.paidAmount.toPlainString() + " " + due.paidOn;
            due.status = DueStatus.UNPAID;
            due.paidAmount = null;
            due.paidOn = null;
            due.channel = null;
            due.backPayment = 0;
            due.recordedAt = UtcTimes.now();
            due.recordedBy = scope.actor();
            due.note = reason;
            MonthTotals.recount(em, due.monthId);
            audit.record("REVOKE", TYPE, dueId, due.memberName + " " + Periods.text(due.period) + ": " + reason,
                    List.of(new FieldChange("payment", before, null)));
            return toRecord(due);
        });
    }

    public Due get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(visible(em, id)));
    }

    /** The dues of a month ({@code status} filters), paged; visible when the month is. */
    public Page<Due> ofMonth(long monthId, DueStatus status, String name, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            MonthEntity month = em.find(MonthEntity.class, monthId);
            if (month == null) {
                throw DuesText.TEXT.notFound(Months.TYPE, monthId);
            }
            DuesText.TEXT.requireVisible(scope, month.orgPath, Months.TYPE, monthId);
            String where = " WHERE d.monthId = :m" + (status == null ? "" : " AND d.status = :s")
                    + (name == null || name.isBlank() ? "" : " AND d.memberName LIKE :name ESCAPE '!'");
            TypedQuery<DueEntity> select = em.createQuery("SELECT d FROM DueEntity d" + where + Paging.orderBy(page.sort(),
                    Map.of("memberName", "d.memberName", "amountDue", "d.amountDue", "status", "d.status", "paidOn", "d.paidOn"),
                    "d.memberName", "d.id"), DueEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM DueEntity d" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("m", monthId);
                if (status != null) {
                    q.setParameter("s", status);
                }
                if (name != null && !name.isBlank()) {
                    q.setParameter("name", org.grassroots.core.api.Like.contains(name));
                }
            }
            List<Due> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(Payments::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** Checks a payment's day, channel and note; the note as stored. */
    private static String checkPayment(LocalDate paidOn, PaymentChannel channel, String note, ValidationException.Builder errors) {
        errors.date("paidOn", paidOn, EARLIEST, LocalDate.now(), true);
        errors.required("channel", channel);
        return errors.note("note", note, MAX_NOTE, false);
    }

    static void requireUnpaid(DueEntity due) {
        if (due.status == DueStatus.PAID) {
            throw DuesText.TEXT.conflict("pay.alreadyPaid", due.memberName, Periods.text(due.period), due.paidOn);
        }
        if (due.status == DueStatus.EXEMPT) {
            throw DuesText.TEXT.conflict("pay.exempt", due.memberName, Periods.text(due.period));
        }
    }

    DueEntity visible(EntityManager em, long id) {
        DueEntity due = em.find(DueEntity.class, id);
        if (due == null) {
            throw DuesText.TEXT.notFound(TYPE, id);
        }
        DuesText.TEXT.requireVisible(scope, due.orgPath, TYPE, id);
        return due;
    }

    static Due toRecord(DueEntity d) {
        return new Due(d.id, d.monthId, d.memberId, d.memberName, d.organizationId, Periods.text(d.period), d.category,
                d.amountDue, d.status, d.paidAmount, d.paidOn, d.channel, d.backPayment == 1, UtcTimes.instant(d.recordedAt),
                d.recordedBy, d.note, d.version);
    }
}
