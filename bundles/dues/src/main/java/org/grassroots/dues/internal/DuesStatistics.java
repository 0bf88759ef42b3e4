package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.grassroots.dues.internal.Views.Dashboard;
import org.grassroots.dues.internal.Views.Figures;
import org.grassroots.dues.internal.Views.MonthFigures;
import org.grassroots.dues.internal.Views.UnitFigures;
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
            Figures f = figures(em, unit.path(), from, to);
            Map<String, Double> expectedByMonth = new LinkedHashMap<>();
            Map<String, Double> collectedByMonth = new LinkedHashMap<>();
            for (MonthFigures m : months(em, unit.path(), from, to)) {
                expectedByMonth.put(m.period(), m.expected().doubleValue());
                collectedByMonth.put(m.period(), m.collected().doubleValue());
            }
            Map<String, Double> monthsByStatus = new LinkedHashMap<>();
            for (MonthStatus s : MonthStatus.values()) {
                monthsByStatus.put(s.name(), 0.0);
            }
            for (Object[] r : em.createQuery("SELECT m.status, COUNT(m) FROM MonthEntity m WHERE m.orgPath LIKE :path "
                    + "AND m.period >= :from AND m.period <= :to GROUP BY m.status", Object[].class)
                    .setParameter("path", unit.path() + "%").setParameter("from", from).setParameter("to", to).getResultList()) {
                monthsByStatus.put(((MonthStatus) r[0]).name(), ((Number) r[1]).doubleValue());
            }
            double monthCount = monthsByStatus.values().stream().mapToDouble(Double::doubleValue).sum();
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
                    new Statistic(DuesModule.MONTHS, LocalizedText.of("党费月份结算", "Dues months"), monthCount, "count", monthsByStatus));
        });
    }

    /** The module's panel: a year, or one month of it ({@code month} 1–12). */
    public Dashboard dashboard(Organization unit, int year, Integer month) {
        int from = month == null ? year * 100 + 1 : year * 100 + month;
        int to = month == null ? year * 100 + 12 : from;
        return jpa.txExpr(TransactionType.Supports, em -> {
            Figures total = figures(em, unit.path(), from, to);
            List<UnitFigures> units = new ArrayList<>();
            for (Organization child : organizations.children(unit.id())) {
                Figures f = money(em, child.path(), from, to);
                long[] months = monthCounts(em, child.path(), from, to);
                if (months[0] > 0) {
                    units.add(new UnitFigures(child.id(), child.code(), child.name(), f.expected(), f.collected(), f.ratePercent(),
                            months[0], months[1]));
                }
            }
            return new Dashboard(unit.id(), unit.name(), year, month == null ? null : Periods.text(from), total,
                    months(em, unit.path(), from, to), units);
        });
    }

    Figures figures(EntityManager em, String path, int from, int to) {
        Figures money = money(em, path, from, to);
        Map<Long, ArrearsRuns.MemberArrears> runs = ArrearsRuns.of(Arrears.unpaid(em, path, to));
        long inArrears = em.createQuery("SELECT COUNT(DISTINCT d.memberId) FROM DueEntity d, MonthEntity m WHERE d.monthId = m.id "
                        + "AND d.orgPath LIKE :path AND m.status = :settled AND d.status = :unpaid AND d.period >= :from "
                        + "AND d.period <= :to", Long.class).setParameter("path", path + "%")
                .setParameter("settled", MonthStatus.SETTLED).setParameter("unpaid", DueStatus.UNPAID)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
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
        return new Figures(money.expected(), money.collected(), money.ratePercent(), money.dues(), money.paidDues(),
                money.unpaidDues(), money.exemptDues(), back, extras.get(ExtraKind.VOLUNTARY), extras.get(ExtraKind.SPECIAL),
                inArrears, six);
    }

    /** Expected, collected and the dues by status (no arrears, no extras). */
    private static Figures money(EntityManager em, String path, int from, int to) {
        BigDecimal expected = DueLedger.money(null);
        BigDecimal collected = DueLedger.money(null);
        long[] counts = new long[3];
        for (Object[] r : em.createQuery("SELECT d.status, COUNT(d), SUM(d.amountDue), SUM(d.paidAmount) FROM DueEntity d "
                        + "WHERE d.orgPath LIKE :path AND d.period >= :from AND d.period <= :to GROUP BY d.status", Object[].class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to).getResultList()) {
            DueStatus status = (DueStatus) r[0];
            counts[status.ordinal()] = ((Number) r[1]).longValue();
            if (status != DueStatus.EXEMPT) {
                expected = expected.add(DueLedger.money(r[2]));
                collected = collected.add(DueLedger.money(r[3]));
            }
        }
        BigDecimal zero = DueLedger.money(null);
        return new Figures(expected, collected, rate(collected, expected), counts[0] + counts[1] + counts[2], counts[1],
                counts[0], counts[2], zero, zero, zero, 0, 0);
    }

    private static List<MonthFigures> months(EntityManager em, String path, int from, int to) {
        Map<Integer, BigDecimal[]> sums = new TreeMap<>();
        for (Object[] r : em.createQuery("SELECT d.period, SUM(d.amountDue), SUM(d.paidAmount) FROM DueEntity d "
                        + "WHERE d.orgPath LIKE :path AND d.period >= :from AND d.period <= :to AND d.status <> :exempt "
                        + "GROUP BY d.period", Object[].class).setParameter("path", path + "%").setParameter("from", from)
                .setParameter("to", to).setParameter("exempt", DueStatus.EXEMPT).getResultList()) {
            sums.put(((Number) r[0]).intValue(), new BigDecimal[] {DueLedger.money(r[1]), DueLedger.money(r[2])});
        }
        Map<Integer, long[]> months = new TreeMap<>();
        for (Object[] r : em.createQuery("SELECT m.period, m.status, COUNT(m) FROM MonthEntity m WHERE m.orgPath LIKE :path "
                        + "AND m.period >= :from AND m.period <= :to GROUP BY m.period, m.status", Object[].class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to).getResultList()) {
            long[] c = months.computeIfAbsent(((Number) r[0]).intValue(), k -> new long[2]);
            c[0] += ((Number) r[2]).longValue();
            if (r[1] == MonthStatus.SETTLED) {
                c[1] += ((Number) r[2]).longValue();
            }
        }
        List<MonthFigures> result = new ArrayList<>();
        for (var e : months.entrySet()) {
            BigDecimal[] s = sums.getOrDefault(e.getKey(), new BigDecimal[] {DueLedger.money(null), DueLedger.money(null)});
            result.add(new MonthFigures(Periods.text(e.getKey()), s[0], s[1], rate(s[1], s[0]), e.getValue()[0], e.getValue()[1]));
        }
        return result;
    }

    private static long[] monthCounts(EntityManager em, String path, int from, int to) {
        long[] c = new long[2];
        for (Object[] r : em.createQuery("SELECT m.status, COUNT(m) FROM MonthEntity m WHERE m.orgPath LIKE :path "
                        + "AND m.period >= :from AND m.period <= :to GROUP BY m.status", Object[].class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to).getResultList()) {
            c[0] += ((Number) r[1]).longValue();
            if (r[0] == MonthStatus.SETTLED) {
                c[1] += ((Number) r[1]).longValue();
            }
        }
        return c;
    }

    /** Collected over expected in percent, one decimal; null when nothing was expected. */
    static Double rate(BigDecimal collected, BigDecimal expected) {
        if (expected.signum() == 0) {
            return null;
        }
        return collected.multiply(BigDecimal.valueOf(100)).divide(expected, 1, RoundingMode.HALF_UP).doubleValue();
    }
}
