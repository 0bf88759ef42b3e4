package org.grassroots.industrial.internal;

import java.time.Duration;
import java.time.LocalDateTime;
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
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.module.StatisticsProvider;
import org.grassroots.industrial.RequestStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's figures for any subtree and year, counted by grouped queries over the subtree's path: enterprises
 * covered by a Party organization, requests by status and category, median resolution time, on-time rate, average
 * satisfaction, and the same per grid. Requests count in the year they were submitted; coverage is the current
 * state. The dashboard gets them through {@link StatisticsProvider}, the module's page through {@link #dashboard}.
 */
@Component(service = { StatisticsProvider.class, IndustrialStatistics.class },
        property = ModuleRegistry.MODULE_PROPERTY + "=" + IndustrialModule.ID)
public class IndustrialStatistics implements StatisticsProvider {
    private static final List<RequestStatus> CLOSED = List.of(RequestStatus.RESOLVED, RequestStatus.RATED);
    /** Key of requests and enterprises that lie in no grid. */
    static final long NO_GRID = -1;

    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final ModuleScope scope;
    private final Categories categories;

    @Activate
    public IndustrialStatistics(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                                @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema,
                                @Reference OrganizationService organizations, @Reference ModuleScopes scopes,
                                @Reference Categories categories) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.scope = scopes.of(IndustrialModule.ID);
        this.categories = categories;
    }

    /** The years in which requests were submitted in the subtree. */
    @Override
    public Set<Integer> years(long subtreeOf) {
        String path = organizations.get(subtreeOf).path();
        Object[] range = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT MIN(r.submittedAt), MAX(r.submittedAt) FROM ServiceRequestEntity r WHERE r.orgPath LIKE :path",
                Object[].class).setParameter("path", path + "%").getSingleResult());
        Set<Integer> years = new TreeSet<>();
        if (range != null && range[0] != null && range[1] != null) {
            for (int y = ((LocalDateTime) range[0]).getYear(); y <= ((LocalDateTime) range[1]).getYear(); y++) {
                years.add(y);
            }
        }
        return years;
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        Dashboard d = dashboard(organizations.get(subtreeOf), year);
        Figures f = d.total();
        Map<String, Double> perGrid = new LinkedHashMap<>();
        Map<String, LocalizedText> gridNames = new LinkedHashMap<>();
        d.grids().forEach(g -> {
            perGrid.put(g.code(), (double) g.figures().requests());
            gridNames.put(g.code(), LocalizedText.of(g.name(), g.name()));
        });
        // categories are data (district settings), so their labels come with the figure, not the descriptor
        Map<String, LocalizedText> categoryNames = new LinkedHashMap<>();
        categories.list().forEach(c -> categoryNames.put(c.code(), c.name()));
        f.byCategory().keySet().forEach(code -> categoryNames.putIfAbsent(code, LocalizedText.of(code, code)));
        return List.of(
                new Statistic(IndustrialModule.REQUESTS, LocalizedText.of("企业诉求", "Service requests"),
                        f.requests(), "count", doubles(f.byStatus())),
                new Statistic(IndustrialModule.REQUESTS_BY_CATEGORY, LocalizedText.of("诉求类别", "Requests by category"),
                        f.requests(), "count", doubles(f.byCategory()), categoryNames),
                new Statistic(IndustrialModule.COVERED, LocalizedText.of("党组织覆盖企业", "Enterprises covered by a Party organization"),
                        f.covered(), "count", doubles(f.coverage())),
                new Statistic(IndustrialModule.COVERAGE, LocalizedText.of("党组织覆盖率", "Party-organization coverage"),
                        f.coveredPercent(), "percent", Map.of("enterprises", (double) f.enterprises())),
                new Statistic(IndustrialModule.MEDIAN_DAYS, LocalizedText.of("办结时长中位数", "Median resolution time"),
                        orZero(f.medianResolutionDays()), "days", Map.of()),
                new Statistic(IndustrialModule.ON_TIME, LocalizedText.of("按时办结率", "Resolved on time"),
                        orZero(f.onTimePercent()), "percent", Map.of()),
                new Statistic(IndustrialModule.SATISFACTION, LocalizedText.of("企业满意度", "Average satisfaction"),
                        orZero(f.averageRating()), "score", Map.of()),
                new Statistic(IndustrialModule.PER_GRID, LocalizedText.of("各网格诉求", "Requests per grid"),
                        f.requests(), "count", perGrid, gridNames));
    }

    /** The figures of the unit's subtree for the year, in total and per grid (grids with data or under the unit). */
    /** The dashboard of a unit the caller sees (404) where the module is enabled (403); 422 when none is given. */
    public Dashboard dashboard(Long unitId, int year) {
        return dashboard(scope.enabledUnit(unitId, "unit"), year);
    }

    public Dashboard dashboard(Organization unit, int year) {
        String path = unit.path();
        LocalDateTime from = LocalDateTime.of(year, 1, 1, 0, 0);
        LocalDateTime to = LocalDateTime.of(year + 1, 1, 1, 0, 0);
        Map<Long, Acc> byGrid = jpa.txExpr(TransactionType.Supports, em -> collect(em, path, from, to));
        Acc total = new Acc();
        byGrid.values().forEach(total::add);
        List<GridFigures> grids = new ArrayList<>();
        for (var e : new TreeMap<>(byGrid).entrySet()) {
            if (e.getKey() == NO_GRID) {
                continue;
            }
            Organization grid = organizations.find(e.getKey()).orElse(null);
            grids.add(new GridFigures(e.getKey(), grid == null ? String.valueOf(e.getKey()) : grid.code(),
                    grid == null ? scope.name(e.getKey()) : grid.name(), e.getValue().figures()));
        }
        grids.sort((a, b) -> a.code().compareTo(b.code()));
        return new Dashboard(unit.id(), unit.name(), year, total.figures(), grids);
    }

    private static Map<Long, Acc> collect(EntityManager em, String path, LocalDateTime from, LocalDateTime to) {
        Map<Long, Acc> acc = new HashMap<>();
        String inYear = " WHERE r.orgPath LIKE :path AND r.submittedAt >= :from AND r.submittedAt < :to";
        for (Object[] row : em.createQuery("SELECT r.gridId, r.status, COUNT(r) FROM ServiceRequestEntity r" + inYear
                        + " GROUP BY r.gridId, r.status", Object[].class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to).getResultList()) {
            acc(acc, row[0]).byStatus.merge(((RequestStatus) row[1]).name(), count(row[2]), Long::sum);
        }
        for (Object[] row : em.createQuery("SELECT r.gridId, r.category, COUNT(r) FROM ServiceRequestEntity r" + inYear
                        + " GROUP BY r.gridId, r.category", Object[].class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to).getResultList()) {
            acc(acc, row[0]).byCategory.merge(String.valueOf(row[1]), count(row[2]), Long::sum);
        }
        for (Object[] row : em.createQuery("SELECT r.gridId, SUM(r.rating), COUNT(r.rating) FROM ServiceRequestEntity r"
                        + inYear + " AND r.rating IS NOT NULL GROUP BY r.gridId", Object[].class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to).getResultList()) {
            Acc a = acc(acc, row[0]);
            a.ratingSum += count(row[1]);
            a.ratings += count(row[2]);
        }
        for (Object[] row : em.createQuery("SELECT r.gridId, COUNT(r) FROM ServiceRequestEntity r" + inYear
                        + " AND r.status NOT IN :closed AND r.dueAt < :now GROUP BY r.gridId", Object[].class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to)
                .setParameter("closed", CLOSED).setParameter("now", UtcTimes.now()).getResultList()) {
            acc(acc, row[0]).overdueOpen += count(row[1]);
        }
        // durations are needed one by one for the median; only resolved requests of the year are read
        for (Object[] row : em.createQuery("SELECT r.gridId, r.submittedAt, r.resolvedAt, r.dueAt FROM ServiceRequestEntity r"
                        + inYear + " AND r.status IN :closed AND r.resolvedAt IS NOT NULL", Object[].class)
                .setParameter("path", path + "%").setParameter("from", from).setParameter("to", to)
                .setParameter("closed", CLOSED).getResultList()) {
            Acc a = acc(acc, row[0]);
            LocalDateTime resolved = (LocalDateTime) row[2];
            a.hours.add(Duration.between((LocalDateTime) row[1], resolved).toMinutes() / 60.0);
            if (row[3] != null && !resolved.isAfter((LocalDateTime) row[3])) {
                a.onTime++;
            }
        }
        for (Object[] row : em.createQuery("SELECT e.gridId, e.coverage, COUNT(e) FROM EnterpriseEntity e "
                        + "WHERE e.orgPath LIKE :path GROUP BY e.gridId, e.coverage", Object[].class)
                .setParameter("path", path + "%").getResultList()) {
            acc(acc, row[0]).coverage.merge(((Coverage) row[1]).name(), count(row[2]), Long::sum);
        }
        return acc;
    }

    private static Acc acc(Map<Long, Acc> acc, Object grid) {
        return acc.computeIfAbsent(grid == null ? NO_GRID : ((Number) grid).longValue(), k -> new Acc());
    }

    private static long count(Object n) {
        return n == null ? 0 : ((Number) n).longValue();
    }

    /** Sums one grid's (or the whole subtree's) rows; the figures derive from the sums. */
    static final class Acc {
        final Map<String, Long> byStatus = new LinkedHashMap<>();
        final Map<String, Long> byCategory = new TreeMap<>();
        final Map<String, Long> coverage = new LinkedHashMap<>();
        final List<Double> hours = new ArrayList<>();
        long onTime;
        long ratingSum;
        long ratings;
        long overdueOpen;

        Acc() {
            for (RequestStatus s : RequestStatus.values()) {
                byStatus.put(s.name(), 0L);
            }
            for (Coverage c : Coverage.values()) {
                coverage.put(c.name(), 0L);
            }
        }

        void add(Acc other) {
            other.byStatus.forEach((k, v) -> byStatus.merge(k, v, Long::sum));
            other.byCategory.forEach((k, v) -> byCategory.merge(k, v, Long::sum));
            other.coverage.forEach((k, v) -> coverage.merge(k, v, Long::sum));
            hours.addAll(other.hours);
            onTime += other.onTime;
            ratingSum += other.ratingSum;
            ratings += other.ratings;
            overdueOpen += other.overdueOpen;
        }

        Figures figures() {
            long enterprises = coverage.values().stream().mapToLong(Long::longValue).sum();
            long covered = enterprises - coverage.get(Coverage.NONE.name());
            long requests = byStatus.values().stream().mapToLong(Long::longValue).sum();
            return new Figures(enterprises, covered, enterprises == 0 ? 0 : round(100.0 * covered / enterprises),
                    Map.copyOf(coverage), requests, Map.copyOf(byStatus), Map.copyOf(byCategory),
                    hours.isEmpty() ? null : round(median(hours) / 24),
                    hours.isEmpty() ? null : round(100.0 * onTime / hours.size()),
                    ratings == 0 ? null : round((double) ratingSum / ratings), overdueOpen);
        }
    }

    /** The median of the values (the mean of the middle two for an even count). */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static Map<String, Double> doubles(Map<String, Long> counts) {
        Map<String, Double> result = new LinkedHashMap<>();
        new TreeSet<>(counts.keySet()).forEach(k -> result.put(k, counts.get(k).doubleValue()));
        return result;
    }
}
