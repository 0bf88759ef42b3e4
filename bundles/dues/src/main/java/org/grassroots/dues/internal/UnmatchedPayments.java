package org.grassroots.dues.internal;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The rows of imported payment files that matched no due, kept for manual matching: listed per month, matched by
 * hand to a due of the month's organization (the due is paid with the row's day and channel, a back-payment when its
 * month is settled) or dismissed with a reason. Importing the same file again keeps no second copy of a row, and a
 * row repeating a payment stored the same day (an export sent back) is not kept. State machine: {@code OPEN --match--> MATCHED}, {@code OPEN --dismiss--> DISMISSED}.
 */
@Component(service = UnmatchedPayments.class)
public class UnmatchedPayments {
    static final String TYPE = "dues.unmatched";
    static final int MAX_NOTE = Payments.MAX_NOTE;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Months months;
    private final Payments payments;

    @Activate
    public UnmatchedPayments(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                             @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference Months months,
                             @Reference Payments payments) {
        this.jpa = jpa;
        this.scope = scopes.of(DuesModule.ID);
        this.audit = audit;
        this.months = months;
        this.payments = payments;
    }

    /**
     * Keeps an import's unmatched rows (in the import's transaction): a row kept from an earlier import of the month
     * (waiting, matched or dismissed) is not kept again; its id is answered.
     */
    List<Long> keep(EntityManager em, MonthEntity month, List<DuesSheets.UnmatchedRow> rows, PaymentChannel channel, String actor) {
        List<Long> ids = new ArrayList<>();
        for (DuesSheets.UnmatchedRow r : rows) {
            List<Long> waiting = em.createQuery("SELECT u.id FROM UnmatchedRowEntity u WHERE u.monthId = :m "
                            + "AND u.payerName = :name AND u.amount = :amount AND u.paidOn = :day ORDER BY u.id", Long.class)
                    .setParameter("m", month.id).setParameter("name", r.name())
                    .setParameter("amount", r.amount()).setParameter("day", r.paidOn()).setMaxResults(1).getResultList();
            if (!waiting.isEmpty()) {
                ids.add(waiting.get(0));
                continue;
            }
            UnmatchedRowEntity u = new UnmatchedRowEntity();
            u.monthId = month.id;
            u.organizationId = month.organizationId;
            u.orgPath = month.orgPath;
            u.rowNumber = r.row();
            u.payerName = r.name();
            u.amount = r.amount();
            u.paidOn = r.paidOn();
            u.channel = channel;
            u.reasonZh = r.reason().zhCN();
            u.reasonEn = r.reason().en();
            u.status = UnmatchedStatus.OPEN;
            u.importedAt = UtcTimes.now();
            u.importedBy = actor;
            em.persist(u);
            em.flush();
            ids.add(u.id);
        }
        return ids;
    }

    /** A row of a later import paid a due: the same row kept from an earlier import is matched with it. */
    void matchedByImport(EntityManager em, long monthId, String name, java.math.BigDecimal amount, java.time.LocalDate paidOn,
                         long dueId, String actor) {
        for (UnmatchedRowEntity u : em.createQuery("SELECT u FROM UnmatchedRowEntity u WHERE u.monthId = :m AND u.status = :open "
                        + "AND u.payerName = :name AND u.amount = :amount AND u.paidOn = :day", UnmatchedRowEntity.class)
                .setParameter("m", monthId).setParameter("open", UnmatchedStatus.OPEN).setParameter("name", name)
                .setParameter("amount", amount).setParameter("day", paidOn).getResultList()) {
            u.status = UnmatchedStatus.MATCHED;
            u.dueId = dueId;
            resolve(u, actor, null);
        }
    }

    /** The kept rows of a month (all, or those of a status), in the order of the files. */
    public List<UnmatchedPayment> ofMonth(long monthId, UnmatchedStatus status) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            MonthEntity month = months.visible(em, monthId);
            var query = status == null
                    ? em.createQuery("SELECT u FROM UnmatchedRowEntity u WHERE u.monthId = :m "
                            + "ORDER BY u.importedAt, u.rowNumber, u.id", UnmatchedRowEntity.class)
                    : em.createQuery("SELECT u FROM UnmatchedRowEntity u WHERE u.monthId = :m AND u.status = :s "
                            + "ORDER BY u.importedAt, u.rowNumber, u.id", UnmatchedRowEntity.class).setParameter("s", status);
            return query.setParameter("m", month.id).getResultList().stream()
                    .map(u -> toRecord(u, month.period)).toList();
        });
    }

    public UnmatchedPayment get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            UnmatchedRowEntity u = visible(em, id);
            return toRecord(u, em.find(MonthEntity.class, u.monthId).period);
        });
    }

    /** Pays the due the secretary names with the row's amount, day and channel. */
    public UnmatchedPayment match(long id, long version, MatchDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("dueId", draft == null ? null : draft.dueId());
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            UnmatchedRowEntity u = waiting(em, id, version, UnmatchedAction.MATCH);
            DueEntity due = payments.visible(em, draft.dueId());
            if (!due.orgPath.startsWith(u.orgPath)) {
                throw DuesText.TEXT.invalid("dueId", "unmatched.otherOrganization", scope.name(u.organizationId));
            }
            scope.requireEnabled(due.organizationId);
            Payments.requireUnpaid(due);
            if (due.amountDue.compareTo(u.amount) != 0) {
                throw DuesText.TEXT.invalid("dueId", "unmatched.amount", u.amount.toPlainString(), due.memberName,
                        due.amountDue.toPlainString());
            }
            payments.payIn(em, due, u.paidOn, u.channel, DuesText.TEXT.message("unmatched.note", u.rowNumber).chinese(), actor);
            u.status = UnmatchedStatus.MATCHED;
            u.dueId = due.id;
            resolve(u, actor, null);
            MonthTotals.recount(em, due.monthId);
            audit.record("MATCH", TYPE, id, u.payerName + " " + u.amount.toPlainString() + " → " + due.memberName + " "
                    + Periods.text(due.period), List.of(new FieldChange("status", UnmatchedStatus.OPEN.name(), u.status.name())));
            return toRecord(u, em.find(MonthEntity.class, u.monthId).period);
        });
    }

    /** Sets a row aside (not a dues payment, or recorded otherwise), with the reason. */
    public UnmatchedPayment dismiss(long id, long version, DismissDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        String reason = errors.note("reason", draft == null ? null : draft.reason(), MAX_NOTE, true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            UnmatchedRowEntity u = waiting(em, id, version, UnmatchedAction.DISMISS);
            u.status = UnmatchedStatus.DISMISSED;
            resolve(u, actor, reason);
            em.flush();
            audit.record("DISMISS", TYPE, id, u.payerName + " " + u.amount.toPlainString() + ": " + reason,
                    List.of(new FieldChange("status", UnmatchedStatus.OPEN.name(), u.status.name())));
            return toRecord(u, em.find(MonthEntity.class, u.monthId).period);
        });
    }

    /** The steps a kept row allows: both while it waits, none after. */
    static List<UnmatchedAction> allowed(UnmatchedStatus status) {
        return status == UnmatchedStatus.OPEN ? List.of(UnmatchedAction.MATCH, UnmatchedAction.DISMISS) : List.of();
    }

    private UnmatchedRowEntity waiting(EntityManager em, long id, long version, UnmatchedAction action) {
        UnmatchedRowEntity u = visible(em, id);
        scope.requireEnabled(u.organizationId);
        if (!allowed(u.status).contains(action)) {
            throw DuesText.TEXT.conflict("unmatched.illegal", action, u.status);
        }
        if (u.version != version) {
            throw DuesText.TEXT.stale(TYPE, id, version, u.version);
        }
        return u;
    }

    private UnmatchedRowEntity visible(EntityManager em, long id) {
        UnmatchedRowEntity u = em.find(UnmatchedRowEntity.class, id);
        if (u == null) {
            throw DuesText.TEXT.notFound(TYPE, id);
        }
        DuesText.TEXT.requireVisible(scope, u.orgPath, TYPE, id);
        return u;
    }

    private static void resolve(UnmatchedRowEntity u, String actor, String note) {
        u.resolvedAt = UtcTimes.now();
        u.resolvedBy = actor;
        u.resolutionNote = note;
    }

    static UnmatchedPayment toRecord(UnmatchedRowEntity u, int period) {
        return new UnmatchedPayment(u.id, u.monthId, u.organizationId, Periods.text(period), u.rowNumber, u.payerName, u.amount,
                u.paidOn, u.channel, LocalizedText.of(u.reasonZh, u.reasonEn), u.status, u.dueId, UtcTimes.instant(u.importedAt),
                u.importedBy, u.resolvedAt == null ? null : UtcTimes.instant(u.resolvedAt), u.resolvedBy, u.resolutionNote,
                u.version);
    }
}
