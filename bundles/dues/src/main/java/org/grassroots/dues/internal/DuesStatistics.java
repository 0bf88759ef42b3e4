package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.module.StatisticsProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The collection figures of any subtree for a year or a month, from index ranges of the subtree's path: expected
 * (the amounts due, exempt ones excluded), collected (paid, whenever paid: the rate says how much of the period's
 * dues came in), back-payments recorded in the period, voluntary and special dues, members in arrears (unpaid dues of
 * settled months in the period) and those with six or more consecutive months unpaid (a run reaching into the
 * period), and the months opened and settled.
 */
@Component(service = { StatisticsProvider.class, DuesStatistics.class },
        property = ModuleRegistry.MODULE_PROPERTY + "=" + DuesModule.ID)
public class DuesStatistics implements StatisticsProvider {
    private final JpaTemplate jpa;
    private final OrganizationService organizations;

    @Activate
    public DuesStatistics(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                          @Reference OrganizationService organizations) {
        this.jpa = jpa;
        this.organizations = organizations;
    }

    @Override
    public Set<Integer> years(long subtreeOf) {
        String path = organizations.get(subtreeOf).path();
        Object[] range = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT MIN(m.period), MAX(m.period) FROM MonthEntity m WHERE m.orgPath LIKE :path", Object[].class)
                .setParameter("path", path + "%").getSingleResult());
        Set<Integer> years = new TreeSet<>();
        if (range != null && range[0] != null) {
            for (int y = ((Number) range[0]).intValue() / 100; y <= ((Number) range[1]).intValue() / 100; y++) {
                years.add(y);
            }
        }
        return years;
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        Organization unit = organizations.get(subtreeOf);
        return jpa.txExpr(TransactionType.Supports, em -> {
            int from = year * 100 + 1;
            int to = year * 100 + 12;
            Sums sums = sums(em, unit.path(), from, to);
            DuesFigures f = figures(em, unit.path(), from, to, sums);
            Map<String, Double> expectedByMonth = new LinkedHashMap<>();
            Map<String, Double> collectedByMonth = new LinkedHashMap<>();
            for (MonthFigures m : sums.months()) {
                expectedByMonth.put(m.period(), m.expected().doubleValue());
                collectedByMonth.put(m.period(), m.collected().doubleValue());
            }
            Map<String, Double> monthsByStatus = new LinkedHashMap<>();
            monthsByStatus.put(MonthStatus.OPEN.name(), (double) (sums.monthCount - sums.settledCount));
            monthsByStatus.put(MonthStatus.SETTLED.name(), (double) sums.settledCount);
            return List.of(
                    new Statistic(DuesModule.EXPECTED, LocalizedText.of("应缴党费", "Dues expected"), f.expected().doubleValue(),
                            "yuan", expectedByMonth),
                    new Statistic(DuesModule.COLLECTED, LocalizedText.of("实缴党费", "Dues collected"), f.collected().doubleValue(),
                            "yuan", collectedByMonth),
                    new Statistic(DuesModule.RATE, LocalizedText.of("党费收缴率", "Dues collection rate"),
                            f.ratePercent() == null ? 0 : f.ratePercent(), "percent", Map.of()),
                    new Statistic(DuesModule.ARREARS, LocalizedText.of("欠缴党费党员", "Members in arrears"), f.membersInArrears(),
                            "count", Map.of("sixMonths", (double) f.sixMonthsOrMore(),
                            "fewer", (double) (f.membersInArrears() - f.sixMonthsOrMore()))),
                    new Statistic(DuesModule.SIX_MONTHS, LocalizedText.of("连续六个月未交党费", "Six consecutive months unpaid"),
                            f.sixMonthsOrMore(), "count", Map.of()),
                    new Statistic(DuesModule.EXTRAS, LocalizedText.of("自愿多交和特殊党费", "Voluntary and special dues"),
                            f.voluntary().add(f.special()).doubleValue(), "yuan",
                            Map.of(ExtraKind.VOLUNTARY.name(), f.voluntary().doubleValue(), ExtraKind.SPECIAL.name(), f.special().doubleValue())),
                    new Statistic(DuesModule.MONTHS, LocalizedText.of("党费月份结算", "Dues months"), sums.monthCount, "count", monthsByStatus));
        });
    }

    /** The module's panel: a year, or one month of it ({@code month} 1–12). */
    public Dashboard dashboard(Organization unit, int year, Integer month) {
        int from = month == null ? year * 100 + 1 : year * 100 + month;
        int to = month == null ? year * 100 + 12 : from;
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, OrganizationSums> byOrganization = new HashMap<>();
            Sums sums = sums(em, unit.path(), from, to, byOrganization);
            DuesFigures total = figures(em, unit.path(), from, to, sums);
            return new Dashboard(unit.id(), unit.name(), year, month == null ? null : Periods.text(from), total,
                    sums.months(), units(unit, byOrganization));
        });
    }

    /** The dues (from the months' roll-up) and months of a subtree and range, per period and status: two queries. */
    static final class Sums {
        final Map<Integer, BigDecimal[]> money = new TreeMap<>();   // period -> expected, collected
        final long[] counts = new long[3];                           // by DueStatus ordinal
        final Map<Integer, long[]> monthsByPeriod = new TreeMap<>(); // period -> months, settled
        long monthCount;
        long settledCount;

        BigDecimal expected() {
            return money.values().stream().map(m -> m[0]).reduce(DueLedger.money(null), BigDecimal::add);
        }

        BigDecimal collected() {
            return money.values().stream().map(m -> m[1]).reduce(DueLedger.money(null), BigDecimal::add);
        }

        List<MonthFigures> months() {
            List<MonthFigures> result = new ArrayList<>();
            for (var e : monthsByPeriod.entrySet()) {
                BigDecimal[] s = money.getOrDefault(e.getKey(), new BigDecimal[] {DueLedger.money(null), DueLedger.money(null)});
                result.add(new MonthFigures(Periods.text(e.getKey()), s[0], s[1], rate(s[1], s[0]), e.getValue()[0], e.getValue()[1]));
            }
            return result;
        }
    }

    /** One collecting organization's part of the panel's range: its path (from its months), money and months. */
    static final class OrganizationSums {
        String path;
        BigDecimal expected = DueLedger.money(null);
        BigDecimal collected = DueLedger.money(null);
        long months;
        long settled;
    }

    private static Sums sums(EntityManager em, String path, int from, int to) {
        return sums(em, path, from, to, null);
    }

    /**
     * The sums of the subtree's months in the range, from two index-only reads of one row per organization and month
     * (2,364 on the demo): the months' roll-up ({@link MonthTotals}; DUES_MONTH_TOTAL_PATH_IX) and the months'
     * status and organization (DUES_MONTH_FIGURES_IX, V6). A month is one organization's period, so each row already
     * is the group "organization and period": no GROUP BY, whose sort cost Derby more than the read; the per-period,
     * per-status and (for the panel, {@code byOrganization}) per-organization figures are summed from the same rows.
     * Before V6 the months were read in two grouped queries, each fetching every month's row for its status.
     */
    private static Sums sums(EntityManager em, String path, int from, int to, Map<Long, OrganizationSums> byOrganization) {
        Sums s = new Sums();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT PERIOD, ORGANIZATION_ID, PAID, UNPAID, EXEMPT, EXPECTED, COLLECTED FROM "
                        + MonthTotals.TABLE + " WHERE ORG_PATH LIKE ? AND PERIOD >= ? AND PERIOD <= ?")
                .setParameter(1, path + "%").setParameter(2, from).setParameter(3, to).getResultList();
        for (Object[] r : rows) {
            s.counts[DueStatus.PAID.ordinal()] += ((Number) r[2]).longValue();
            s.counts[DueStatus.UNPAID.ordinal()] += ((Number) r[3]).longValue();
            s.counts[DueStatus.EXEMPT.ordinal()] += ((Number) r[4]).longValue();
            BigDecimal expected = DueLedger.money(r[5]);
            BigDecimal collected = DueLedger.money(r[6]);
            BigDecimal[] m = s.money.computeIfAbsent(((Number) r[0]).intValue(), k -> new BigDecimal[] {DueLedger.money(null), DueLedger.money(null)});
            m[0] = m[0].add(expected);
            m[1] = m[1].add(collected);
            if (byOrganization != null) {
                OrganizationSums o = byOrganization.computeIfAbsent(((Number) r[1]).longValue(), k -> new OrganizationSums());
                o.expected = o.expected.add(expected);
                o.collected = o.collected.add(collected);
            }
        }
        for (Object[] r : em.createQuery("SELECT m.organizationId, m.orgPath, m.period, m.status FROM MonthEntity m "
                        + "WHERE m.orgPath LIKE :path AND m.period >= :from AND m.period <= :to", Object[].class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to).getResultList()) {
            boolean settled = r[3] == MonthStatus.SETTLED;
            long[] c = s.monthsByPeriod.computeIfAbsent(((Number) r[2]).intValue(), k -> new long[2]);
            c[0]++;
            s.monthCount++;
            if (settled) {
                c[1]++;
                s.settledCount++;
            }
            if (byOrganization != null) {
                OrganizationSums o = byOrganization.computeIfAbsent(((Number) r[0]).longValue(), k -> new OrganizationSums());
                o.path = (String) r[1];
                o.months++;
                o.settled += settled ? 1 : 0;
            }
        }
        return s;
    }

    private DuesFigures figures(EntityManager em, String path, int from, int to, Sums sums) {
        List<long[]> unpaid = Arrears.unpaid(em, path, to);
        Map<Long, ArrearsRuns.MemberArrears> runs = ArrearsRuns.of(unpaid);
        // in arrears in the range: an unpaid due of a settled month in it; six months: a run reaching into it
        long inArrears = unpaid.stream().filter(r -> r[1] >= from).mapToLong(r -> r[0]).distinct().count();
        long six = runs.values().stream().filter(a -> a.flagged() && a.longestRunEnd() >= from).count();
        LocalDate first = Periods.month(from).atDay(1);
        LocalDate after = Periods.month(to).plusMonths(1).atDay(1);
        BigDecimal back = DueLedger.money(em.createQuery("SELECT SUM(d.paidAmount) FROM DueEntity d WHERE d.orgPath LIKE :path "
                        + "AND d.backPayment = 1 AND d.paidOn >= :first AND d.paidOn < :after", Object.class)
                .setParameter("path", path + "%").setParameter("first", first).setParameter("after", after).getSingleResult());
        Map<ExtraKind, BigDecimal> extras = new TreeMap<>();
        for (ExtraKind k : ExtraKind.values()) {
            extras.put(k, DueLedger.money(null));
        }
        for (Object[] r : em.createQuery("SELECT e.kind, SUM(e.amount) FROM ExtraEntity e WHERE e.orgPath LIKE :path "
                        + "AND e.paidOn >= :first AND e.paidOn < :after GROUP BY e.kind", Object[].class)
                .setParameter("path", path + "%").setParameter("first", first).setParameter("after", after).getResultList()) {
            extras.put((ExtraKind) r[0], DueLedger.money(r[1]));
        }
        BigDecimal expected = sums.expected();
        BigDecimal collected = sums.collected();
        long[] c = sums.counts;
        return new DuesFigures(expected, collected, rate(collected, expected), c[0] + c[1] + c[2], c[1], c[0], c[2], back,
                extras.get(ExtraKind.VOLUNTARY), extras.get(ExtraKind.SPECIAL), inArrears, six);
    }

    /**
     * The units directly below with months in the range: each collecting organization's sums (from the panel's rows)
     * added to the child whose path its own path starts with. A path is the parent's path, the id and a slash, so
     * that child's path is the organization's path up to the slash after the unit's: one map look-up per organization
     * instead of comparing every organization with every child.
     */
    private List<UnitFigures> units(Organization unit, Map<Long, OrganizationSums> byOrganization) {
        return unitFigures(unit.path(), organizations.children(unit.id()), byOrganization);
    }

    static List<UnitFigures> unitFigures(String unitPath, List<Organization> childUnits, Map<Long, OrganizationSums> byOrganization) {
        Map<String, Organization> children = new LinkedHashMap<>();
        for (Organization child : childUnits) {
            children.put(child.path(), child);
        }
        Map<String, OrganizationSums> perChild = new HashMap<>();
        int start = unitPath.length();
        for (OrganizationSums o : byOrganization.values()) {
            int end = o.path == null || !o.path.startsWith(unitPath) ? -1 : o.path.indexOf('/', start);
            if (end < 0) {
                continue; // the unit's own months (or a roll-up row without a month), which no child holds
            }
            OrganizationSums c = perChild.computeIfAbsent(o.path.substring(0, end + 1), k -> new OrganizationSums());
            c.expected = c.expected.add(o.expected);
            c.collected = c.collected.add(o.collected);
            c.months += o.months;
            c.settled += o.settled;
        }
        List<UnitFigures> result = new ArrayList<>();
        for (Organization child : children.values()) {
            OrganizationSums c = perChild.get(child.path());
            if (c != null && c.months > 0) {
                result.add(new UnitFigures(child.id(), child.code(), child.name(), c.expected, c.collected,
                        rate(c.collected, c.expected), c.months, c.settled));
            }
        }
        return result;
    }

    /** Collected over expected in percent, one decimal; null when nothing was expected. */
    static Double rate(BigDecimal collected, BigDecimal expected) {
        if (expected.signum() == 0) {
            return null;
        }
        return collected.multiply(BigDecimal.valueOf(100)).divide(expected, 1, RoundingMode.HALF_UP).doubleValue();
    }
}
