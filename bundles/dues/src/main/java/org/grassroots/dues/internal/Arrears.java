package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.dues.internal.ArrearsRuns.MemberArrears;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Arrears (欠缴): the unpaid dues of settled months, per member, with the longest run of consecutive months (six or
 * more is flagged), as of a month; and each member's yearly statement with "paid up to" (the transfer letter's
 * 党费缴至).
 */
@Component(service = Arrears.class)
public class Arrears {
    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final MemberService members;

    @Activate
    public Arrears(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                   @Reference ModuleScopes scopes, @Reference MemberService members) {
        this.jpa = jpa;
        this.scope = scopes.of(DuesModule.ID);
        this.members = members;
    }

    /** The unpaid periods of settled months up to {@code until} in the subtree, as {@code [memberId, period]}, ordered. */
    static List<long[]> unpaid(EntityManager em, String path, int until) {
        return em.createQuery("SELECT d.memberId, d.period FROM DueEntity d, MonthEntity m WHERE d.monthId = m.id "
                        + "AND d.orgPath LIKE :path AND m.status = :settled AND d.status = :unpaid AND d.period <= :until "
                        + "ORDER BY d.memberId, d.period", Object[].class)
                .setParameter("path", path + "%").setParameter("settled", MonthStatus.SETTLED)
                .setParameter("unpaid", DueStatus.UNPAID).setParameter("until", until).getResultList().stream()
                .map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()}).toList();
    }

    /** Members in arrears in the subtree as of {@code period} (default: now); {@code flagged}: six months or more only. */
    public Page<ArrearsRow> search(Long unitId, String periodText, boolean flagged, org.grassroots.core.api.PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        int until = periodText == null || periodText.isBlank() ? Periods.of(java.time.YearMonth.now())
                : Months.period(periodText, "period");
        List<ArrearsRow> rows = jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, MemberArrears> runs = ArrearsRuns.of(unpaid(em, unit.path(), until));
            Map<Long, Object[]> owed = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT d.memberId, SUM(d.amountDue), MAX(d.memberName), MAX(d.organizationId) "
                            + "FROM DueEntity d, MonthEntity m WHERE d.monthId = m.id AND d.orgPath LIKE :path AND m.status = :settled "
                            + "AND d.status = :unpaid AND d.period <= :until GROUP BY d.memberId", Object[].class)
                    .setParameter("path", unit.path() + "%").setParameter("settled", MonthStatus.SETTLED)
                    .setParameter("unpaid", DueStatus.UNPAID).setParameter("until", until).getResultList()) {
                owed.put(((Number) r[0]).longValue(), r);
            }
            List<ArrearsRow> list = new ArrayList<>();
            for (MemberArrears a : runs.values()) {
                if (flagged && !a.flagged()) {
                    continue;
                }
                Object[] o = owed.get(a.memberId());
                long org = ((Number) o[3]).longValue();
                list.add(new ArrearsRow(a.memberId(), (String) o[2], org, scope.name(org), a.months(), a.longestRun(),
                        Periods.text(a.longestRunEnd()), DueLedger.money(o[1]), a.flagged()));
            }
            return list;
        });
        return Paging.page(rows, page, Map.of("months", Comparator.comparingInt(ArrearsRow::months),
                "longestRun", Comparator.comparingInt(ArrearsRow::longestRun), "owed", Comparator.comparing(ArrearsRow::owed),
                "memberName", Comparator.comparing(ArrearsRow::memberName)),
                Comparator.comparingInt(ArrearsRow::longestRun).reversed().thenComparing(ArrearsRow::memberName));
    }

    /** A member's year: the dues of every month, the extras, totals and paid-up-to. */
    public YearlyStatement statement(long memberId, int year) {
        MemberReference member = members.reference(memberId).orElseThrow(() -> DuesText.TEXT.notFound("member", memberId));
        DuesText.TEXT.requireRecord(scope, member.organizationId(), "member", memberId);
        return statementOf(member, year);
    }

    /** The signed-in member's own statement. */
    public YearlyStatement own(int year) {
        Long memberId = scope.caller().memberId();
        if (memberId == null) {
            throw DuesText.TEXT.notFound("member", "(none linked to this account)");
        }
        MemberReference member = members.reference(memberId).orElseThrow(() -> DuesText.TEXT.notFound("member", memberId));
        scope.requireEnabled(member.organizationId());
        return statementOf(member, year);
    }

    private YearlyStatement statementOf(MemberReference member, int year) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<DueEntity> dues = em.createQuery("SELECT d FROM DueEntity d WHERE d.memberId = :m AND d.period >= :from "
                    + "AND d.period <= :to ORDER BY d.period", DueEntity.class).setParameter("m", member.id())
                    .setParameter("from", year * 100 + 1).setParameter("to", year * 100 + 12).getResultList();
            List<ExtraEntity> extras = em.createQuery("SELECT e FROM ExtraEntity e WHERE e.memberId = :m AND e.paidOn >= :from "
                    + "AND e.paidOn < :to ORDER BY e.paidOn", ExtraEntity.class).setParameter("m", member.id())
                    .setParameter("from", java.time.LocalDate.of(year, 1, 1)).setParameter("to", java.time.LocalDate.of(year + 1, 1, 1))
                    .getResultList();
            BigDecimal due = DueLedger.money(null);
            BigDecimal paid = DueLedger.money(null);
            for (DueEntity d : dues) {
                due = d.status == DueStatus.EXEMPT ? due : due.add(d.amountDue);
                paid = d.paidAmount == null ? paid : paid.add(d.paidAmount);
            }
            Integer upTo = paidUpTo(em, member.id());
            return new YearlyStatement(member.id(), member.name(), year, dues.stream().map(Payments::toRecord).toList(),
                    extras.stream().map(Extras::toRecord).toList(), due, paid, upTo == null ? null : Periods.text(upTo));
        });
    }

    /**
     * The last month up to which the member owes nothing: the month before the first unpaid due, or the latest
     * paid or exempt month when nothing is unpaid; null when the member never had dues.
     */
    static Integer paidUpTo(EntityManager em, long memberId) {
        Integer firstUnpaid = em.createQuery("SELECT MIN(d.period) FROM DueEntity d WHERE d.memberId = :m AND d.status = :unpaid",
                Integer.class).setParameter("m", memberId).setParameter("unpaid", DueStatus.UNPAID).getSingleResult();
        if (firstUnpaid != null) {
            Integer before = em.createQuery("SELECT MAX(d.period) FROM DueEntity d WHERE d.memberId = :m AND d.period < :p",
                    Integer.class).setParameter("m", memberId).setParameter("p", firstUnpaid).getSingleResult();
            return before;
        }
        return em.createQuery("SELECT MAX(d.period) FROM DueEntity d WHERE d.memberId = :m", Integer.class)
                .setParameter("m", memberId).getSingleResult();
    }
}
