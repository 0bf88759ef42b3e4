package org.grassroots.dues.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.NotFoundException;
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
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The monthly cycle (收缴月份) per organization: opening a month computes every member's amount due (one due per
 * member and month, from the base that applies and the exemptions); payments are recorded while it is open;
 * settling locks it, and the unpaid dues become arrears (six consecutive months flagged to the branch). A settled
 * month can be reopened with a reason. Every step records who and when ({@code DUES_MONTH_STEP}).
 */
@Component(service = Months.class)
public class Months {
    static final String TYPE = "dues.month";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final DueLedger ledger;
    private final ArrearsFlags flags;

    @Activate
    public Months(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                  @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference DueLedger ledger,
                  @Reference ArrearsFlags flags) {
        this.jpa = jpa;
        this.scope = scopes.of(DuesModule.ID);
        this.audit = audit;
        this.ledger = ledger;
        this.flags = flags;
    }

    /**
     * Opens the period for the organization: its dues cover every member below it not collected by another month of
     * the period. With {@code cascade}, opens it instead for every unit below (itself included) that has members
     * of its own and no month of the period yet, each covering its own members.
     */
    public MonthOpening open(MonthDraft draft) {
        return open(draft, null);
    }

    /**
     * Opens with the members below the unit already read ({@link DueLedger#membersBelow}, in its order), for a caller
     * that opens month after month of the same unit (the demo); null reads them.
     */
    MonthOpening open(MonthDraft draft, List<Member> membersBelow) {
        if (draft == null) {
            throw DuesText.TEXT.invalid("body", "body.required", "{organizationId, period, cascade}");
        }
        Organization unit = scope.enabledUnit(draft.organizationId(), "organizationId");
        int period = period(draft.period(), "period");
        String actor = scope.actor();
        List<Member> members = membersBelow != null ? membersBelow : ledger.membersBelow(unit);
        return jpa.txExpr(TransactionType.Required, em -> {
            DueLedger.Context context = ledger.context(em, unit.path(), period);
            List<Month> opened = new ArrayList<>();
            if (Boolean.TRUE.equals(draft.cascade())) {
                Map<Long, List<Member>> byUnit = new LinkedHashMap<>();
                members.forEach(m -> byUnit.computeIfAbsent(m.organizationId(), k -> new ArrayList<>()).add(m));
                for (var e : byUnit.entrySet()) {
                    if (find(em, e.getKey(), period) != null || !scope.inScope(e.getKey())) {
                        continue;
                    }
                    MonthEntity month = openIn(em, e.getKey(), scope.path(e.getKey()), period, actor);
                    ledger.createDues(em, month, e.getValue(), context);
                    opened.add(toRecord(em, month));
                }
            } else {
                if (find(em, unit.id(), period) != null) {
                    throw DuesText.TEXT.conflict("month.exists", unit.name(), Periods.text(period));
                }
                MonthEntity month = openIn(em, unit.id(), unit.path(), period, actor);
                ledger.createDues(em, month, members, context);
                opened.add(toRecord(em, month));
            }
            audit.record("OPEN", TYPE, opened.size() == 1 ? opened.get(0).id() : null, unit.name() + " " + Periods.text(period)
                    + ": " + opened.size() + " month(s)", List.of(new FieldChange("period", null, Periods.text(period))));
            return new MonthOpening(opened, context.missing());
        });
    }

    MonthEntity openIn(EntityManager em, long unitId, String path, int period, String actor) {
        MonthEntity month = new MonthEntity();
        month.organizationId = unitId;
        month.orgPath = path;
        month.period = period;
        month.status = MonthStatus.OPEN;
        month.openedAt = UtcTimes.now();
        month.openedBy = actor;
        em.persist(month);
        em.flush();
        step(em, month, MonthAction.OPEN, null, MonthStatus.OPEN, actor, null);
        return month;
    }

    /** Adds the dues of members who came (or got a base) since the month was opened and recomputes the unpaid ones. */
    public MonthOpening refresh(long id, long version) {
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            MonthEntity month = visible(em, id);
            scope.requireEnabled(month.organizationId);
            checkVersion(month, version);
            if (month.status != MonthStatus.OPEN) {
                throw DuesText.TEXT.conflict("month.settledNoRefresh", Periods.text(month.period), MonthAction.REOPEN);
            }
            Organization unit = scope.unit(month.organizationId, "organizationId");
            DueLedger.Context context = ledger.context(em, unit.path(), month.period);
            int added = ledger.createDues(em, month, ledger.membersBelow(unit), context);
            int changed = ledger.recompute(em, month, context);
            // the refresh changes what the month holds: its version moves, so a client's stale copy is noticed
            em.lock(month, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            audit.record("REFRESH", TYPE, id, unit.name() + " " + Periods.text(month.period) + ": " + added + " added, "
                    + changed + " recomputed by " + actor, List.of());
            return new MonthOpening(List.of(toRecord(em, month)), context.missing());
        });
    }

    public Month settle(long id, long version, StepNote draft) {
        return transition(id, version, MonthAction.SETTLE, note(draft, false));
    }

    /** Reopening a settled month needs the reason. */
    public Month reopen(long id, long version, StepNote draft) {
        return transition(id, version, MonthAction.REOPEN, note(draft, true));
    }

    private static String note(StepNote draft, boolean required) {
        ValidationException.Builder errors = ValidationException.builder();
        String note = errors.note("note", draft == null ? null : draft.note(), Payments.MAX_NOTE, required);
        errors.throwIfAny();
        return note;
    }

    private Month transition(long id, long version, MonthAction action, String note) {
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            MonthEntity month = visible(em, id);
            scope.requireEnabled(month.organizationId);
            MonthStatus from = month.status;
            MonthStatus to = MonthWorkflow.next(from, action);
            checkVersion(month, version);
            month.status = to;
            if (action == MonthAction.SETTLE) {
                month.settledAt = UtcTimes.now();
                month.settledBy = actor;
            }
            em.flush();
            step(em, month, action, from, to, actor, note);
            audit.record(action.name(), TYPE, id, scope.name(month.organizationId) + " " + Periods.text(month.period),
                    List.of(new FieldChange("status", from.name(), to.name())));
            if (action == MonthAction.SETTLE) {
                flags.afterSettling(em, month);
            }
            return toRecord(em, month);
        });
    }

    public Month get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    public List<MonthStep> history(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, id);
            return em.createQuery("SELECT s FROM MonthStepEntity s WHERE s.monthId = :id ORDER BY s.at, s.id", MonthStepEntity.class)
                    .setParameter("id", id).getResultList().stream()
                    .map(s -> new MonthStep(s.action, s.fromStatus, s.toStatus, s.actor, UtcTimes.instant(s.at), s.note)).toList();
        });
    }

    /** The months of the subtree: of a period, or of a year, by status (which organizations have settled). */
    public Page<Month> search(Long unitId, String periodText, Integer year, MonthStatus status, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        Integer period = periodText == null || periodText.isBlank() ? null : period(periodText, "period");
        String where = " WHERE m.orgPath LIKE :path" + (period == null ? "" : " AND m.period = :period")
                + (year == null ? "" : " AND m.period >= :from AND m.period <= :to") + (status == null ? "" : " AND m.status = :status");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<MonthEntity> select = em.createQuery("SELECT m FROM MonthEntity m" + where + Paging.orderBy(page.sort(),
                    Map.of("period", "m.period", "status", "m.status", "organizationId", "m.organizationId"),
                    "m.period DESC, m.orgPath", "m.id"), MonthEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM MonthEntity m" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (period != null) {
                    q.setParameter("period", period);
                }
                if (year != null) {
                    q.setParameter("from", year * 100 + 1).setParameter("to", year * 100 + 12);
                }
                if (status != null) {
                    q.setParameter("status", status);
                }
            }
            List<MonthEntity> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            Map<Long, long[]> counts = ledger.counts(em, rows.stream().map(m -> m.id).toList());
            Map<Long, java.math.BigDecimal[]> sums = ledger.sums(em, rows.stream().map(m -> m.id).toList());
            List<Month> items = rows.stream().map(m -> toRecord(m, counts.get(m.id), sums.get(m.id))).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    MonthEntity visible(EntityManager em, long id) {
        MonthEntity month = em.find(MonthEntity.class, id);
        if (month == null) {
            throw DuesText.TEXT.notFound(TYPE, id);
        }
        DuesText.TEXT.requireVisible(scope, month.orgPath, TYPE, id);
        return month;
    }

    static MonthEntity find(EntityManager em, long unitId, int period) {
        return em.createQuery("SELECT m FROM MonthEntity m WHERE m.organizationId = :u AND m.period = :p", MonthEntity.class)
                .setParameter("u", unitId).setParameter("p", period).getResultList().stream().findFirst().orElse(null);
    }

    private static void checkVersion(MonthEntity month, long version) {
        if (month.version != version) {
            throw DuesText.TEXT.stale(TYPE, month.id, version, month.version);
        }
    }

    static void step(EntityManager em, MonthEntity month, MonthAction action, MonthStatus from, MonthStatus to, String actor, String note) {
        MonthStepEntity s = new MonthStepEntity();
        s.monthId = month.id;
        s.action = action;
        s.fromStatus = from;
        s.toStatus = to;
        s.actor = actor;
        s.at = UtcTimes.now();
        s.note = note;
        em.persist(s);
    }

    /** A month in the API's terms: between 2000-01 and next month. */
    static int period(String text, String field) {
        Integer period = Periods.parse(text);
        if (period == null) {
            throw DuesText.TEXT.invalid(field, "period.format");
        }
        if (period > Periods.of(YearMonth.now().plusMonths(1))) {
            throw DuesText.TEXT.invalid(field, "period.future");
        }
        return period;
    }

    Month toRecord(EntityManager em, MonthEntity m) {
        return toRecord(m, ledger.counts(em, List.of(m.id)).get(m.id), ledger.sums(em, List.of(m.id)).get(m.id));
    }

    Month toRecord(MonthEntity m, long[] counts, java.math.BigDecimal[] sums) {
        long[] c = counts == null ? new long[3] : counts;
        java.math.BigDecimal zero = java.math.BigDecimal.ZERO.setScale(2);
        java.math.BigDecimal[] s = sums == null ? new java.math.BigDecimal[] {zero, zero} : sums;
        return new Month(m.id, m.organizationId, scope.name(m.organizationId), Periods.text(m.period), m.status,
                c[0] + c[1] + c[2], c[1], c[0], c[2], s[0], s[1], UtcTimes.instant(m.openedAt), m.openedBy,
                UtcTimes.instant(m.settledAt), m.settledBy, MonthWorkflow.allowed(m.status), m.version);
    }
}
