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
 * The collection figures of any subtree for a year or a month, by grouped queries over the subtree's path: expected
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
            Map<Long, BigDecimal[]> byOrganization = new HashMap<>();
            Sums sums = sums(em, unit.path(), from, to, byOrganization);
            DuesFigures total = figures(em, unit.path(), from, to, sums);
            return new Dashboard(unit.id(), unit.name(), year, month == null ? null : Periods.text(from), total,
                    sums.months(), units(em, unit, from, to, byOrganization));
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

    private static Sums sums(EntityManager em, String path, int from, int to) {
        return sums(em, path, from, to, null);
    }

    /**
     * The sums from the months' roll-up ({@link MonthTotals}: a row per organization and month, not a row per due);
     * with {@code byOrganization} (the panel) also per collecting organization, from the same rows. Without it the
     * query groups by month only: the district's figures then read 12 rows instead of one per organization and month
     * (about 19,000 in the demo district), which was most of the time of the module's statistics.
     */
    private static Sums sums(EntityManager em, String path, int from, int to, Map<Long, BigDecimal[]> byOrganization) {
        Sums s = new Sums();
        // grouped by month only, the organization column is an aggregate that nobody reads: it keeps the columns where
        // the loop below expects them, whichever grouping ran
        String organization = byOrganization != null ? "ORGANIZATION_ID" : "MIN(ORGANIZATION_ID)";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT PERIOD, " + organization + ", SUM(DUES), SUM(PAID), SUM(UNPAID), "
                        + "SUM(EXEMPT), SUM(EXPECTED), SUM(COLLECTED) FROM " + MonthTotals.TABLE + " WHERE ORG_PATH LIKE ? "
                        + "AND PERIOD >= ? AND PERIOD <= ? GROUP BY PERIOD" + (byOrganization != null ? ", ORGANIZATION_ID" : ""))
                .setParameter(1, path + "%").setParameter(2, from).setParameter(3, to).getResultList();
        for (Object[] r : rows) {
            s.counts[DueStatus.PAID.ordinal()] += ((Number) r[3]).longValue();
            s.counts[DueStatus.UNPAID.ordinal()] += ((Number) r[4]).longValue();
            s.counts[DueStatus.EXEMPT.ordinal()] += ((Number) r[5]).longValue();
            BigDecimal[] m = s.money.computeIfAbsent(((Number) r[0]).intValue(), k -> new BigDecimal[] {DueLedger.money(null), DueLedger.money(null)});
            m[0] = m[0].add(DueLedger.money(r[6]));
            m[1] = m[1].add(DueLedger.money(r[7]));
            if (byOrganization != null) {
                BigDecimal[] o = byOrganization.computeIfAbsent(((Number) r[1]).longValue(),
                        k -> new BigDecimal[] {DueLedger.money(null), DueLedger.money(null)});
                o[0] = o[0].add(DueLedger.money(r[6]));
                o[1] = o[1].add(DueLedger.money(r[7]));
            }
        }
        for (Object[] r : em.createQuery("SELECT m.period, m.status, COUNT(m) FROM MonthEntity m WHERE m.orgPath LIKE :path "
                        + "AND m.period >= :from AND m.period <= :to GROUP BY m.period, m.status", Object[].class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to).getResultList()) {
            long n = ((Number) r[2]).longValue();
            long[] c = s.monthsByPeriod.computeIfAbsent(((Number) r[0]).intValue(), k -> new long[2]);
            c[0] += n;
            s.monthCount += n;
            if (r[1] == MonthStatus.SETTLED) {
                c[1] += n;
                s.settledCount += n;
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
     * The units directly below with dues in the range: the dues per collecting organization (from the panel's sums)
     * and one grouped query of months per organization with its path, summed up to the child whose path each
     * organization lies under.
     */
    private List<UnitFigures> units(EntityManager em, Organization unit, int from, int to, Map<Long, BigDecimal[]> money) {
        Map<Long, String> paths = new HashMap<>();
        Map<Long, long[]> monthCounts = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m.organizationId, m.orgPath, m.status, COUNT(m) FROM MonthEntity m "
                        + "WHERE m.orgPath LIKE :path AND m.period >= :from AND m.period <= :to "
                        + "GROUP BY m.organizationId, m.orgPath, m.status", Object[].class)
                .setParameter("path", unit.path() + "%").setParameter("from", from).setParameter("to", to).getResultList()) {
            long org = ((Number) r[0]).longValue();
            paths.put(org, (String) r[1]);
            long[] c = monthCounts.computeIfAbsent(org, k -> new long[2]);
            c[0] += ((Number) r[3]).longValue();
            c[1] += r[2] == MonthStatus.SETTLED ? ((Number) r[3]).longValue() : 0;
        }
        List<UnitFigures> result = new ArrayList<>();
        for (Organization child : organizations.children(unit.id())) {
            BigDecimal expected = DueLedger.money(null);
            BigDecimal collected = DueLedger.money(null);
            long months = 0;
            long settled = 0;
            for (var e : paths.entrySet()) {
                if (e.getValue().startsWith(child.path())) {
                    BigDecimal[] m = money.get(e.getKey());
                    if (m != null) {
                        expected = expected.add(m[0]);
                        collected = collected.add(m[1]);
                    }
                    months += monthCounts.get(e.getKey())[0];
                    settled += monthCounts.get(e.getKey())[1];
                }
            }
            if (months > 0) {
                result.add(new UnitFigures(child.id(), child.code(), child.name(), expected, collected, rate(collected, expected),
                        months, settled));
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
