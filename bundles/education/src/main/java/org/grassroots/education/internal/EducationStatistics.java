package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.module.StatisticsProvider;
import org.grassroots.education.internal.ComplianceRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's figures for any subtree and year, each one grouped query over the subtree's path: approved sites by
 * category and published routes (the current state: the report's 28 and 4), sessions of the year by status, the
 * attendance rate of the sessions held, hours credited by source, and the share of members meeting the requirement.
 */
@Component(service = { StatisticsProvider.class, EducationStatistics.class },
        property = ModuleRegistry.MODULE_PROPERTY + "=" + EducationModule.ID)
public class EducationStatistics implements StatisticsProvider {
    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final Categories categories;
    private final Compliance compliance;
    private final Requirements requirements;

    @Activate
    public EducationStatistics(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                               @Reference(target = EducationModule.SCHEMA) ModuleSchema schema,
                               @Reference OrganizationService organizations, @Reference Categories categories,
                               @Reference Compliance compliance, @Reference Requirements requirements) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.categories = categories;
        this.compliance = compliance;
        this.requirements = requirements;
    }

    /** The years with sessions or credits in the subtree. */
    @Override
    public Set<Integer> years(long subtreeOf) {
        String path = organizations.get(subtreeOf).path() + "%";
        Set<Integer> years = new TreeSet<>();
        jpa.tx(TransactionType.Supports, em -> {
            Object[] sessions = em.createQuery("SELECT MIN(s.startsAt), MAX(s.startsAt) FROM EduSession s WHERE s.orgPath LIKE :p",
                    Object[].class).setParameter("p", path).getSingleResult();
            Object[] credits = em.createQuery("SELECT MIN(c.studiedOn), MAX(c.studiedOn) FROM EduCredit c WHERE c.orgPath LIKE :p",
                    Object[].class).setParameter("p", path).getSingleResult();
            if (sessions != null && sessions[0] != null) {
                range(years, ((LocalDateTime) sessions[0]).getYear(), ((LocalDateTime) sessions[1]).getYear());
            }
            if (credits != null && credits[0] != null) {
                range(years, ((LocalDate) credits[0]).getYear(), ((LocalDate) credits[1]).getYear());
            }
        });
        return years;
    }

    private static void range(Set<Integer> years, int from, int to) {
        for (int y = from; y <= to; y++) {
            years.add(y);
        }
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        Figures f = figures(organizations.get(subtreeOf), year);
        Map<String, LocalizedText> categoryNames = new LinkedHashMap<>();
        categories.list().forEach(c -> categoryNames.put(c.code(), c.name()));
        f.sitesByCategory().keySet().forEach(code -> categoryNames.putIfAbsent(code, LocalizedText.of(code, code)));
        categoryNames.keySet().retainAll(f.sitesByCategory().keySet());
        Map<String, Double> hoursBySource = new LinkedHashMap<>();
        f.hoursBySource().forEach((k, v) -> hoursBySource.put(k, v.doubleValue()));
        return List.of(
                new Statistic(EducationModule.SITES, LocalizedText.of("实践教学点", "Practice teaching sites"), f.sites(), "count",
                        doubles(f.sitesByCategory()), categoryNames),
                new Statistic(EducationModule.ROUTES, LocalizedText.of("精品路线", "Boutique routes"), f.routesPublished(), "count", Map.of()),
                new Statistic(EducationModule.SESSIONS, LocalizedText.of("集中培训", "Training sessions held"), f.sessionsHeld(), "count",
                        doubles(f.sessionsByStatus())),
                new Statistic(EducationModule.ATTENDANCE, LocalizedText.of("培训出勤率", "Attendance rate"), f.attendanceRate(), "percent", Map.of()),
                new Statistic(EducationModule.HOURS, LocalizedText.of("认定学时", "Study hours credited"), f.hoursCredited().doubleValue(),
                        "hours", hoursBySource),
                new Statistic(EducationModule.COMPLIANCE, LocalizedText.of("学时达标率", "Members meeting the requirement"),
                        f.compliancePercent(), "percent", Map.of("members", (double) f.members(), "meeting", (double) f.meeting())));
    }

    public Figures figures(Organization unit, int year) {
        String path = unit.path() + "%";
        LocalDateTime from = LocalDateTime.of(year, 1, 1, 0, 0);
        LocalDateTime to = from.plusYears(1);
        Map<String, Long> sitesByCategory = new LinkedHashMap<>();
        Map<String, Long> sessionsByStatus = new LinkedHashMap<>();
        for (SessionStatus s : SessionStatus.values()) {
            sessionsByStatus.put(s.name(), 0L);
        }
        Map<String, BigDecimal> hoursBySource = new LinkedHashMap<>();
        for (CreditSource s : CreditSource.values()) {
            if (s.study()) { // study hours only: volunteer hours earn points, not hours
                hoursBySource.put(s.name(), StudyHours.zero());
            }
        }
        long[] routes = new long[1];
        long[] attendance = new long[2];
        jpa.tx(TransactionType.Supports, em -> {
            em.createQuery("SELECT s.category, COUNT(s) FROM EduSite s WHERE s.orgPath LIKE :p AND s.status = :approved"
                            + " GROUP BY s.category ORDER BY s.category", Object[].class)
                    .setParameter("p", path).setParameter("approved", SiteStatus.APPROVED).getResultList()
                    .forEach(r -> sitesByCategory.put((String) r[0], (Long) r[1]));
            routes[0] = em.createQuery("SELECT COUNT(r) FROM EduRoute r WHERE r.orgPath LIKE :p AND r.status = :published", Long.class)
                    .setParameter("p", path).setParameter("published", RouteStatus.PUBLISHED).getSingleResult();
            em.createQuery("SELECT s.status, COUNT(s), SUM(s.presentCount), SUM(s.rosterSize) FROM EduSession s"
                            + " WHERE s.orgPath LIKE :p AND s.startsAt >= :from AND s.startsAt < :to GROUP BY s.status", Object[].class)
                    .setParameter("p", path).setParameter("from", from).setParameter("to", to).getResultList()
                    .forEach(r -> {
                        SessionStatus status = (SessionStatus) r[0];
                        sessionsByStatus.put(status.name(), (Long) r[1]);
                        if (status.held()) {
                            attendance[0] += ((Number) r[2]).longValue();
                            attendance[1] += ((Number) r[3]).longValue();
                        }
                    });
            em.createQuery("SELECT c.source, SUM(c.hours) FROM EduCredit c WHERE c.orgPath LIKE :p AND c.status = :approved"
                            + " AND c.studiedOn >= :from AND c.studiedOn < :to GROUP BY c.source", Object[].class)
                    .setParameter("p", path).setParameter("approved", CreditStatus.APPROVED)
                    .setParameter("from", from.toLocalDate()).setParameter("to", to.toLocalDate()).getResultList()
                    .forEach(r -> hoursBySource.put(((CreditSource) r[0]).name(), StudyHours.of((BigDecimal) r[1])));
        });
        long sites = sitesByCategory.values().stream().mapToLong(Long::longValue).sum();
        long held = sessionsByStatus.get(SessionStatus.HELD.name()) + sessionsByStatus.get(SessionStatus.ARCHIVED.name());
        BigDecimal hours = StudyHours.of(hoursBySource.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        ComplianceRow row = compliance.row(unit, compliance.hours(unit.path(), year), requirements.settings());
        return new Figures(unit.id(), unit.name(), year, sites, sitesByCategory, routes[0], held, sessionsByStatus,
                Compliance.percent(attendance[0], attendance[1]), hours, hoursBySource, row.members(), row.meeting(),
                row.percent());
    }

    private static Map<String, Double> doubles(Map<String, Long> counts) {
        Map<String, Double> d = new LinkedHashMap<>();
        counts.forEach((k, v) -> d.put(k, (double) v));
        return d;
    }
}
