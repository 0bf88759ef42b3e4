package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Computes and writes the dues of a month: one per member and period, the amount from the base that applies (the
 * member's of the year, else the latest before), exempt (免交) when an exemption covers the period. What a month needs
 * is loaded once per opening (bases of the subtree, exemptions and dues of the period), not once per member.
 */
@Component(service = DueLedger.class)
public class DueLedger {
    private static final int PAGE = 500;

    private final MemberService members;

    @Activate
    public DueLedger(@Reference MemberService members) {
        this.members = members;
    }

    /** What opening or refreshing a month of one period in one subtree needs, loaded once. */
    static final class Context {
        final int period;
        final Set<Long> withDue = new HashSet<>();
        final Map<Long, BaseEntity> bases = new HashMap<>();
        final Set<Long> exempt = new HashSet<>();
        final List<MissingBase> missing = new ArrayList<>();

        Context(int period) {
            this.period = period;
        }

        List<MissingBase> missing() {
            return missing;
        }
    }

    /** Every member of the unit's subtree (core's data, read page by page). */
    List<Member> membersBelow(Organization unit) {
        List<Member> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Member> batch = members.search(MemberQuery.inSubtree(unit.id()), new PageRequest(page, PAGE, null));
            all.addAll(batch.items());
            if (batch.items().size() < PAGE) {
                return all;
            }
        }
    }

    Context context(EntityManager em, String path, int period) {
        Context c = new Context(period);
        c.withDue.addAll(em.createQuery("SELECT d.memberId FROM DueEntity d WHERE d.period = :p", Long.class)
                .setParameter("p", period).getResultList());
        for (BaseEntity b : em.createQuery("SELECT b FROM BaseEntity b WHERE b.orgPath LIKE :path AND b.year <= :y "
                + "ORDER BY b.memberId, b.year", BaseEntity.class).setParameter("path", path + "%")
                .setParameter("y", period / 100).getResultList()) {
            c.bases.put(b.memberId, b); // ordered by year: the latest wins
        }
        c.exempt.addAll(em.createQuery("SELECT e.memberId FROM ExemptionEntity e WHERE e.fromPeriod <= :p AND e.toPeriod >= :p",
                Long.class).setParameter("p", period).getResultList());
        return c;
    }

    /** Writes the dues of the members that have none for the period yet; returns how many. */
    int createDues(EntityManager em, MonthEntity month, List<Member> people, Context context) {
        int added = 0;
        for (Member m : people) {
            if (context.withDue.contains(m.id())) {
                continue;
            }
            BaseEntity base = base(em, m.id(), context);
            boolean exempt = context.exempt.contains(m.id());
            if (base == null && !exempt) {
                context.missing.add(new MissingBase(m.id(), m.name(), m.organizationId()));
                continue;
            }
            DueEntity d = new DueEntity();
            d.monthId = month.id;
            d.memberId = m.id();
            d.memberName = m.name();
            d.organizationId = month.organizationId;
            d.orgPath = month.orgPath;
            d.period = month.period;
            d.category = base == null ? DuesCategory.NO_INCOME : base.category;
            d.amountDue = base == null ? BigDecimal.ZERO.setScale(2) : base.monthlyAmount;
            d.status = exempt ? DueStatus.EXEMPT : DueStatus.UNPAID;
            em.persist(d);
            context.withDue.add(m.id());
            added++;
        }
        MonthTotals.recount(em, month.id); // also a month without dues: its row says so
        return added;
    }

    /** Unpaid and exempt dues of an open month take the current base and exemptions; paid ones stay as paid. */
    int recompute(EntityManager em, MonthEntity month, Context context) {
        int changed = 0;
        for (DueEntity d : em.createQuery("SELECT d FROM DueEntity d WHERE d.monthId = :m AND d.status <> :paid", DueEntity.class)
                .setParameter("m", month.id).setParameter("paid", DueStatus.PAID).getResultList()) {
            BaseEntity base = base(em, d.memberId, context);
            DueStatus status = context.exempt.contains(d.memberId) ? DueStatus.EXEMPT : DueStatus.UNPAID;
            BigDecimal amount = base == null ? d.amountDue : base.monthlyAmount;
            if (status != d.status || amount.compareTo(d.amountDue) != 0) {
                d.status = status;
                d.amountDue = amount;
                d.category = base == null ? d.category : base.category;
                changed++;
            }
        }
        MonthTotals.recount(em, month.id);
        return changed;
    }

    private static BaseEntity base(EntityManager em, long memberId, Context context) {
        BaseEntity base = context.bases.get(memberId);
        // a member transferred in keeps the base recorded under the old organization
        return base != null ? base : Bases.applying(em, memberId, context.period / 100);
    }

    /** Per month id: {unpaid, paid, exempt} counts. */
    Map<Long, long[]> counts(EntityManager em, List<Long> monthIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (monthIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("SELECT d.monthId, d.status, COUNT(d) FROM DueEntity d WHERE d.monthId IN :ids "
                + "GROUP BY d.monthId, d.status", Object[].class).setParameter("ids", monthIds).getResultList()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
            c[((DueStatus) row[1]).ordinal()] = ((Number) row[2]).longValue();
        }
        return counts;
    }

    /** Per month id: {expected, collected} (exempt dues expect nothing). */
    Map<Long, BigDecimal[]> sums(EntityManager em, List<Long> monthIds) {
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        if (monthIds.isEmpty()) {
            return sums;
        }
        for (Object[] row : em.createQuery("SELECT d.monthId, d.status, SUM(d.amountDue), SUM(d.paidAmount) FROM DueEntity d "
                + "WHERE d.monthId IN :ids AND d.status <> :exempt GROUP BY d.monthId, d.status", Object[].class)
                .setParameter("ids", monthIds).setParameter("exempt", DueStatus.EXEMPT).getResultList()) {
            BigDecimal[] s = sums.computeIfAbsent((Long) row[0], k -> new BigDecimal[] {money(null), money(null)});
            s[0] = s[0].add(money(row[2]));
            s[1] = s[1].add(money(row[3]));
        }
        return sums;
    }

    static BigDecimal money(Object value) {
        BigDecimal v = value == null ? BigDecimal.ZERO : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return v.setScale(2, BandRules.ROUNDING);
    }
}
