package org.grassroots.affairs.internal.assessment;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.module.EnumLabels;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.module.StatisticDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The assessment figures of a subtree and year, by grouped queries over the subtree's path: the organizations graded
 * by grade, the share of Party organizations whose secretary's report is decided (述职评议 coverage) with the
 * results, and the capability sessions held per quarter with their mean score. Contributed to the module's
 * statistics (dashboard, work record) by {@code AffairsStatistics}.
 */
@Component(service = AssessmentStatistics.class)
public class AssessmentStatistics {
    public static final String GRADES = "affairs.orgGrades";
    public static final String REPORTS = "affairs.reportCoverage";
    public static final String SESSIONS = "affairs.capabilitySessions";
    static final String NOT_DECIDED = "notDecided";

    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final ModuleScope scope;

    @Activate
    public AssessmentStatistics(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                                @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema,
                                @Reference OrganizationService organizations, @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.scope = scopes.of(AffairsModule.ID);
    }

    /** The descriptor's statistics of this part of the module. */
    public static List<StatisticDefinition> definitions() {
        Map<String, LocalizedText> results = new LinkedHashMap<>(EnumLabels.of(ReportGrade.class));
        results.put(NOT_DECIDED, LocalizedText.of("未评定", "Not decided"));
        Map<String, LocalizedText> quarters = new LinkedHashMap<>();
        for (int q = 1; q <= 4; q++) {
            quarters.put("Q" + q, LocalizedText.of("第" + "一二三四".charAt(q - 1) + "季度", "Quarter " + q));
        }
        return List.of(new StatisticDefinition(GRADES, LocalizedText.of("分类定等的党组织", "Organizations graded"), "count",
                        EnumLabels.of(OrgGrade.class)),
                new StatisticDefinition(REPORTS, LocalizedText.of("书记述职评议覆盖率", "Secretaries' reports decided"), "percent", results),
                new StatisticDefinition(SESSIONS, LocalizedText.of("“上讲台、亮功夫”场次", "Capability sessions held"), "count", quarters));
    }

    /** The figures of a unit's subtree, {@link #figures} as the dashboard's statistics. */
    public List<Statistic> statistics(Organization unit, int year) {
        AssessmentFigures f = figures(unit, year);
        Map<String, Double> grades = new LinkedHashMap<>();
        f.grades().forEach((g, n) -> grades.put(g.name(), n.doubleValue()));
        Map<String, Double> results = new LinkedHashMap<>();
        f.results().forEach((g, n) -> results.put(g.name(), n.doubleValue()));
        results.put(NOT_DECIDED, (double) Math.max(0, f.partyOrganizations() - f.reportsDecided()));
        Map<String, Double> quarters = new LinkedHashMap<>();
        f.sessionsByQuarter().forEach((q, n) -> quarters.put("Q" + q, n.doubleValue()));
        return List.of(new Statistic(GRADES, LocalizedText.of("分类定等的党组织", "Organizations graded"), f.organizationsGraded(),
                        "count", grades),
                new Statistic(REPORTS, LocalizedText.of("书记述职评议覆盖率", "Secretaries' reports decided"), f.reportCoverage(),
                        "percent", results),
                new Statistic(SESSIONS, LocalizedText.of("“上讲台、亮功夫”场次", "Capability sessions held"), f.sessions(), "count", quarters));
    }

    /** The figures of the caller's view of a unit (the unit in scope, the module enabled there). */
    public AssessmentFigures figuresInScope(Long unitId, int year) {
        return figures(scope.enabledUnit(unitId, "unit"), year);
    }

    public AssessmentFigures figures(Organization unit, int year) {
        String path = unit.path() + "%";
        Map<OrgGrade, Integer> grades = new EnumMap<>(OrgGrade.class);
        Map<ReportGrade, Integer> results = new EnumMap<>(ReportGrade.class);
        for (ReportGrade g : ReportGrade.values()) {
            results.put(g, 0);
        }
        Map<Integer, Integer> quarters = new TreeMap<>();
        for (int q = 1; q <= 4; q++) {
            quarters.put(q, 0);
        }
        long[] n = new long[4]; // reports listed, reports decided, score sum, scores
        jpa.txExpr(TransactionType.Supports, em -> {
            for (Object[] row : em.createQuery("SELECT g.grade, COUNT(g) FROM GradingEntity g WHERE g.orgPath LIKE :p AND g.year = :y "
                    + "AND g.status = :decided GROUP BY g.grade", Object[].class).setParameter("p", path).setParameter("y", year)
                    .setParameter("decided", GradingStatus.DECIDED).getResultList()) {
                grades.put((OrgGrade) row[0], ((Number) row[1]).intValue());
            }
            for (Object[] row : em.createQuery("SELECT r.status, r.result, COUNT(r) FROM SecretaryReportEntity r WHERE r.orgPath LIKE :p "
                    + "AND r.year = :y GROUP BY r.status, r.result", Object[].class).setParameter("p", path).setParameter("y", year)
                    .getResultList()) {
                int count = ((Number) row[2]).intValue();
                n[0] += count;
                if (row[0] == ReportStatus.DECIDED && row[1] != null) {
                    n[1] += count;
                    results.merge((ReportGrade) row[1], count, Integer::sum);
                }
            }
            for (Object[] row : em.createQuery("SELECT s.quarter, COUNT(s) FROM CapabilitySessionEntity s WHERE s.orgPath LIKE :p "
                    + "AND s.year = :y GROUP BY s.quarter", Object[].class).setParameter("p", path).setParameter("y", year).getResultList()) {
                quarters.put(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
            }
            Object[] scores = em.createQuery("SELECT SUM(x.score), COUNT(x) FROM SessionScoreEntity x, CapabilitySessionEntity s "
                    + "WHERE x.sessionId = s.id AND s.orgPath LIKE :p AND s.year = :y", Object[].class)
                    .setParameter("p", path).setParameter("y", year).getSingleResult();
            n[2] = scores[0] == null ? 0 : ((Number) scores[0]).longValue();
            n[3] = scores[1] == null ? 0 : ((Number) scores[1]).longValue();
            return null;
        });
        int partyOrganizations = partyOrganizations(unit);
        int graded = grades.values().stream().mapToInt(Integer::intValue).sum();
        int sessions = quarters.values().stream().mapToInt(Integer::intValue).sum();
        return new AssessmentFigures(unit.id(), unit.name(), year, graded, grades, partyOrganizations, (int) n[0], (int) n[1],
                percent(n[1], partyOrganizations), results, sessions, quarters, n[3] == 0 ? 0 : CapabilitySessions.round((double) n[2] / n[3]));
    }

    /**
     * The Party organizations of the subtree that report to a level above: all of them, less the subtree's own unit
     * when it is a root of the tree (nobody above it runs its round). One count per Party-organization type in core.
     */
    private int partyOrganizations(Organization unit) {
        int count = 0;
        for (PartyOrgType type : PartyOrgType.values()) {
            if (type.isPartyOrganization()) {
                count += (int) organizations.count(new OrganizationQuery(null, unit.id(), null, type, null, null));
            }
        }
        boolean rootParty = unit.parentId() == null && unit.partyOrgType() != null && unit.partyOrgType().isPartyOrganization();
        return rootParty ? count - 1 : count;
    }

    static double percent(long part, long whole) {
        return whole <= 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
