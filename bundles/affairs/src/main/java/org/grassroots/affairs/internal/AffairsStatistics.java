package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.terms.TermFigures;
import org.grassroots.affairs.internal.assessment.AssessmentStatistics;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.module.StatisticsProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's figures for any subtree and year, by grouped queries over the subtree's path: organizations that held
 * their 组织生活会 (of those the rule applies to), members evaluated by rating, meetings held (counted) by type, and
 * compliance per type (from {@link Compliance}).
 */
@Component(service = { StatisticsProvider.class, AffairsStatistics.class },
        property = ModuleRegistry.MODULE_PROPERTY + "=" + AffairsModule.ID)
public class AffairsStatistics implements StatisticsProvider {
    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final Compliance compliance;
    private final FigureCache cache;
    private final Workforce workforce;
    private final TermFigures reelections;
    private final AssessmentStatistics assessment;

    @Activate
    public AffairsStatistics(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                             @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema,
                             @Reference OrganizationService organizations, @Reference Compliance compliance,
                             @Reference FigureCache cache, @Reference Workforce workforce,
                             @Reference TermFigures reelections, @Reference AssessmentStatistics assessment) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.compliance = compliance;
        this.cache = cache;
        this.workforce = workforce;
        this.reelections = reelections;
        this.assessment = assessment;
    }

    @Override
    public Set<Integer> years(long subtreeOf) {
        String path = organizations.get(subtreeOf).path() + "%";
        Set<Integer> years = new TreeSet<>();
        jpa.txExpr(TransactionType.Supports, em -> {
            years.addAll(em.createQuery("SELECT DISTINCT m.heldYear FROM MeetingEntity m WHERE m.orgPath LIKE :path "
                    + "AND m.heldYear IS NOT NULL", Integer.class).setParameter("path", path).getResultList());
            years.addAll(em.createQuery("SELECT DISTINCT c.year FROM CampaignEntity c WHERE c.orgPath LIKE :path",
                    Integer.class).setParameter("path", path).getResultList());
            return null;
        });
        return years;
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        Dashboard d = dashboard(organizations.get(subtreeOf), year);
        Map<String, Double> ratings = new LinkedHashMap<>();
        d.ratings().forEach((r, n) -> ratings.put(r.name(), n.doubleValue()));
        Map<String, Double> meetings = new LinkedHashMap<>();
        d.meetingsHeld().forEach((t, n) -> meetings.put(t.name(), n.doubleValue()));
        Map<String, Double> percent = new LinkedHashMap<>();
        d.compliancePercent().forEach((t, p) -> percent.put(t.name(), p));
        double overall = percent.isEmpty() ? 0 : percent.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        List<Statistic> figures = List.of(
                new Statistic(AffairsModule.LIFE_MEETINGS, LocalizedText.of("召开组织生活会的党组织", "Organizations that held their life meeting"),
                        d.lifeMeetingHeld(), "count", Map.of("held", (double) d.lifeMeetingHeld(),
                        "missing", (double) Math.max(0, d.organizations() - d.lifeMeetingHeld()))),
                new Statistic(AffairsModule.EVALUATED, LocalizedText.of("参加民主评议的党员", "Members evaluated"),
                        d.membersEvaluated(), "count", ratings),
                new Statistic(AffairsModule.MEETINGS, LocalizedText.of("召开的会议", "Meetings held"),
                        meetings.values().stream().mapToDouble(Double::doubleValue).sum(), "count", meetings),
                new Statistic(AffairsModule.COMPLIANCE, LocalizedText.of("会议制度落实率", "Meeting compliance"),
                        Math.round(overall * 10) / 10.0, "percent", percent),
                workforce(organizations.get(subtreeOf)),
                new Statistic(AffairsModule.TALKS, LocalizedText.of("年内谈心谈话覆盖党员", "Members with a talk in the year"),
                        d.talks().percent(), "percent", Map.of("talked", (double) d.talks().talkedTo(),
                        "notTalked", (double) (d.talks().members() - d.talks().talkedTo()))),
                reelections.statistic(organizations.get(subtreeOf), year));
        return java.util.stream.Stream.concat(figures.stream(), assessment.statistics(organizations.get(subtreeOf), year).stream()).toList();
    }

    /** Current coverage (assignments have no year): the share of Party organizations with an instructor or specialist. */
    private Statistic workforce(Organization unit) {
        var c = workforce.coverageOf(unit);
        Map<String, Double> byRole = new LinkedHashMap<>();
        c.coveredBy().forEach((role, n) -> byRole.put(role.name(), n.doubleValue()));
        return new Statistic(AffairsModule.WORKFORCE, LocalizedText.of("党建指导员、专员覆盖率", "Organizations with an instructor or specialist"),
                c.percent(), "percent", byRole);
    }

    /** The figures of the unit's subtree for the year. */
    public Dashboard dashboard(Organization unit, int year) {
        return cache.get("dashboard:" + unit.path() + ":" + year + ":" + LocalDate.now(), () -> compute(unit, year));
    }

    private Dashboard compute(Organization unit, int year) {
        String path = unit.path() + "%";
        Map<MeetingType, Integer> held = new EnumMap<>(MeetingType.class);
        Map<Rating, Integer> ratings = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            ratings.put(r, 0);
        }
        int[] figures = new int[4];
        jpa.txExpr(TransactionType.Supports, em -> {
            for (Object[] row : em.createQuery("SELECT m.type, COUNT(m) FROM MeetingEntity m WHERE m.orgPath LIKE :path "
                    + "AND m.heldYear = :year AND m.counted = 1 GROUP BY m.type", Object[].class)
                    .setParameter("path", path).setParameter("year", year).getResultList()) {
                held.put((MeetingType) row[0], ((Number) row[1]).intValue());
            }
            figures[0] = em.createQuery("SELECT COUNT(DISTINCT m.organizationId) FROM MeetingEntity m WHERE m.orgPath LIKE :path "
                            + "AND m.heldYear = :year AND m.counted = 1 AND m.type = :type", Long.class)
                    .setParameter("path", path).setParameter("year", year).setParameter("type", MeetingType.LIFE_MEETING)
                    .getSingleResult().intValue();
            for (Object[] row : em.createQuery("SELECT r.rating, COUNT(r) FROM RatingEntity r WHERE r.orgPath LIKE :path "
                    + "AND r.year = :year AND r.rating IS NOT NULL GROUP BY r.rating", Object[].class)
                    .setParameter("path", path).setParameter("year", year).getResultList()) {
                ratings.put((Rating) row[0], ((Number) row[1]).intValue());
            }
            for (Object[] row : em.createQuery("SELECT c.status, COUNT(c) FROM CampaignEntity c WHERE c.orgPath LIKE :path "
                    + "AND c.year = :year GROUP BY c.status", Object[].class)
                    .setParameter("path", path).setParameter("year", year).getResultList()) {
                figures[1] += ((Number) row[1]).intValue();
                if (row[0] == CampaignStatus.CLOSED) {
                    figures[2] += ((Number) row[1]).intValue();
                }
            }
            return null;
        });
        var report = compliance.report(unit, year, 1, 12, null, null, LocalDate.now(), PageRequest.of(0, 1));
        Map<MeetingType, Double> percent = new EnumMap<>(MeetingType.class);
        int lifeSubject = 0;
        for (TypeCompliance t : report.byType()) {
            percent.put(t.type(), t.percent());
            if (t.type() == MeetingType.LIFE_MEETING) {
                lifeSubject = t.organizations() + t.pending();
            }
        }
        int evaluated = ratings.values().stream().mapToInt(Integer::intValue).sum();
        return new Dashboard(unit.id(), unit.name(), year, Math.max(lifeSubject, report.organizations()), figures[0], held,
                percent, evaluated, ratings, figures[1], figures[2], report.talks());
    }
}
