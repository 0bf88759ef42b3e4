package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.module.StatisticsProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's dashboard figures for a subtree and year, each computed by query: buildings per belt, Party coverage
 * of the enterprises in buildings at the year's end (own organization, joint branch, none, 应建未建, instructor only),
 * demonstration buildings designated by the year's end, committee decisions due in the year closed on time, the
 * business districts (商圈) with their members and joint meetings and activities, and the 两新 organizations with and
 * without a managing committee at the year's end.
 */
@Component(service = {StatisticsProvider.class, BuildingsStatistics.class},
        property = BuildingsModule.MODULE_PROPERTY + "=" + BuildingsModule.ID)
public class BuildingsStatistics implements StatisticsProvider {
    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final CoverageReports coverage;
    private final Demonstrations demonstrations;
    private final Decisions decisions;
    private final Districts districts;
    private final Management management;

    @Activate
    public BuildingsStatistics(@Reference(target = BuildingsModule.UNIT) JpaTemplate jpa,
                               @Reference(target = BuildingsModule.SCHEMA) ModuleSchema schema, @Reference Buildings buildings,
                               @Reference CoverageReports coverage, @Reference Demonstrations demonstrations,
                               @Reference Decisions decisions, @Reference Districts districts, @Reference Management management) {
        this.jpa = jpa;
        this.scope = buildings.scope();
        this.coverage = coverage;
        this.demonstrations = demonstrations;
        this.decisions = decisions;
        this.districts = districts;
        this.management = management;
    }

    /** The figures under {@code unit}, for a caller who must see it (404) with the module enabled (403). */
    public List<Statistic> forUnit(Long unit, int year) {
        Organization under = scope.enabledUnit(unit, "unit");
        return compute(under.id(), year);
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        String path = scope.path(subtreeOf);
        if (path == null) {
            return List.of();
        }
        String under = path + "%";
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now();

        Map<String, Double> belts = new LinkedHashMap<>();
        long[] meetingsAndCommittees = new long[2];
        jpa.txExpr(TransactionType.Supports, em -> {
            for (Belt belt : Belt.values()) {
                belts.put(belt.name(), 0.0);
            }
            for (Object[] row : em.createQuery("SELECT b.belt, COUNT(b) FROM BuildingEntity b WHERE b.orgPath LIKE :under GROUP BY b.belt",
                    Object[].class).setParameter("under", under).getResultList()) {
                belts.put(((Belt) row[0]).name(), ((Number) row[1]).doubleValue());
            }
            meetingsAndCommittees[0] = em.createQuery("SELECT COUNT(m) FROM MeetingEntity m WHERE m.orgPath LIKE :under "
                            + "AND m.heldOn >= :from AND m.heldOn <= :to", Long.class).setParameter("under", under)
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", yearEnd).getSingleResult();
            meetingsAndCommittees[1] = em.createQuery("SELECT COUNT(c) FROM CommitteeEntity c WHERE c.orgPath LIKE :under "
                    + "AND c.establishedOn <= :to", Long.class).setParameter("under", under).setParameter("to", yearEnd).getSingleResult();
            return null;
        });
        double buildings = belts.values().stream().mapToDouble(Double::doubleValue).sum();

        CoverageRow total = coverage.compute(under, yearEnd.isBefore(today) ? yearEnd : today).total();
        Map<String, Double> coverageParts = new LinkedHashMap<>();
        coverageParts.put("enterprises", (double) total.enterprises());
        coverageParts.put(Coverage.OWN_ORGANIZATION.name(), (double) total.ownOrganization());
        coverageParts.put(Coverage.JOINT_BRANCH.name(), (double) total.jointBranch());
        coverageParts.put(Coverage.NONE.name(), (double) total.none());
        coverageParts.put("shouldForm", (double) total.shouldForm());
        coverageParts.put("instructorOnly", (double) total.instructorOnly());

        Map<String, Double> demonstration = new LinkedHashMap<>();
        demonstrations.countByBelt(under, year).forEach((belt, n) -> demonstration.put(belt.name(), n.doubleValue()));
        double demonstrationTotal = demonstration.values().stream().mapToDouble(Double::doubleValue).sum();

        long[] d = decisions.figures(under, year);
        Map<String, Double> decisionParts = new LinkedHashMap<>();
        decisionParts.put("committees", (double) meetingsAndCommittees[1]);
        decisionParts.put("meetings", (double) meetingsAndCommittees[0]);
        decisionParts.put("due", (double) d[0]);
        decisionParts.put("onTime", (double) d[1]);
        decisionParts.put("late", (double) d[2]);
        decisionParts.put("overdue", (double) d[3]);

        Map<String, Double> districtParts = districts.figures(under, year);
        Map<String, Double> managementParts = management.figures(subtreeOf, under, year);

        return List.of(
                new Statistic(BuildingsModule.BELT, LocalizedText.of("楼宇数（按示范带）", "Buildings by belt"), buildings, "buildings", belts),
                new Statistic(BuildingsModule.COVERAGE, LocalizedText.of("楼宇企业党组织覆盖率", "Party coverage of enterprises in buildings"),
                        total.percent(), "percent", coverageParts, BuildingsModule.COVERAGE_LABELS),
                new Statistic(BuildingsModule.DEMONSTRATION, LocalizedText.of("示范楼宇", "Demonstration buildings"), demonstrationTotal,
                        "buildings", demonstration),
                new Statistic(BuildingsModule.DECISIONS, LocalizedText.of("楼委会决议按期办结率", "Committee decisions closed on time"),
                        d[0] == 0 ? 0 : Math.round(d[1] * 1000.0 / d[0]) / 10.0, "percent", decisionParts, BuildingsModule.DECISION_LABELS),
                new Statistic(BuildingsModule.DISTRICTS, LocalizedText.of("商圈联建", "Business districts"), districtParts.get("districts"),
                        "count", districtParts, BuildingsModule.DISTRICT_LABELS),
                new Statistic(BuildingsModule.MANAGEMENT, LocalizedText.of("明确管理党委的两新组织", "New-sector organizations with a managing committee"),
                        managementParts.get(ManagerKind.DIRECT.name()) + managementParts.get(ManagerKind.COMPREHENSIVE.name()), "count", managementParts,
                        BuildingsModule.MANAGEMENT_LABELS));
    }

    @Override
    public Set<Integer> years(long subtreeOf) {
        String path = scope.path(subtreeOf);
        if (path == null) {
            return Set.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            Set<Integer> years = new TreeSet<>();
            for (LocalDate day : em.createQuery("SELECT DISTINCT m.heldOn FROM MeetingEntity m WHERE m.orgPath LIKE :under",
                    LocalDate.class).setParameter("under", path + "%").getResultList()) {
                years.add(day.getYear());
            }
            for (LocalDate day : em.createQuery("SELECT DISTINCT a.heldOn FROM DistrictActivityEntity a WHERE a.orgPath LIKE :under",
                    LocalDate.class).setParameter("under", path + "%").getResultList()) {
                years.add(day.getYear());
            }
            return years;
        });
    }
}
