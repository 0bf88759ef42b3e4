package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.module.StatisticsProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's figures for any subtree and year, each one query over the subtree's path: communities (core's units)
 * and those with a unit paired during the year, the paired organizations, members registered at the year's end,
 * confirmed service hours served in the year, stations open at the year's end and their visits in the year,
 * rider-friendly communities designated by the year's end, secretaries changed in the year; and what the communities
 * did in the year ({@link ActivityCounts}): events held, people trained, micro-wishes fulfilled, council issues closed.
 */
@Component(service = { StatisticsProvider.class, CommunityStatistics.class },
        property = ModuleRegistry.MODULE_PROPERTY + "=" + CommunityModule.ID)
public class CommunityStatistics implements StatisticsProvider {
    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final ModuleScope scope;

    @Activate
    public CommunityStatistics(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa, @Reference CommunityUnits units,
                               @Reference OrganizationService organizations) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.scope = units.scope();
    }

    @Override
    public Set<Integer> years(long subtreeOf) {
        String path = organizations.get(subtreeOf).path() + "%";
        LocalDate first = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT MIN(p.startsOn) FROM PairingEntity p WHERE p.orgPath LIKE :path", LocalDate.class)
                .setParameter("path", path).getSingleResult());
        Set<Integer> years = new TreeSet<>();
        if (first != null) {
            for (int y = first.getYear(); y <= LocalDate.now().getYear(); y++) {
                years.add(y);
            }
        }
        return years;
    }

    /** The figures of a unit the caller sees (404) where the module is enabled (403); 422 when none is given. */
    public List<Statistic> figures(Long unitId, int year) {
        return compute(scope.enabledUnit(unitId, "unit"), year);
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        return compute(organizations.get(subtreeOf), year);
    }

    List<Statistic> compute(Organization unit, int year) {
        long communities = organizations.count(new OrganizationQuery(null, unit.id(), UnitType.COMMUNITY, null, null, null));
        String path = unit.path() + "%";
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        long[] counts = jpa.txExpr(TransactionType.Supports, em -> counts(em, path, year, from, to));
        long covered = counts[0];
        ActivityCounts activity = jpa.txExpr(TransactionType.Supports, em -> ActivityCounts.of(em, path, from, to));
        return List.of(
                new Statistic(CommunityModule.COMMUNITIES, LocalizedText.of("城市社区", "Urban communities"), communities, "count",
                        Map.of("covered", (double) covered, "uncovered", (double) Math.max(0, communities - covered))),
                new Statistic(CommunityModule.COVERED, LocalizedText.of("双报到覆盖社区", "Communities with a paired unit"), covered, "count", Map.of()),
                new Statistic(CommunityModule.PARTNERS, LocalizedText.of("报到单位党组织", "Paired organizations"), counts[1], "count", Map.of()),
                new Statistic(CommunityModule.REGISTERED, LocalizedText.of("报到党员", "Registered members"), counts[2], "count", Map.of()),
                new Statistic(CommunityModule.HOURS, LocalizedText.of("确认服务时长", "Confirmed service hours"),
                        hours(path, from, to), "hours", Map.of()),
                new Statistic(CommunityModule.STATIONS, LocalizedText.of("暖新驿站", "Stations for new employment groups"), counts[3], "count", Map.of()),
                new Statistic(CommunityModule.VISITS, LocalizedText.of("驿站服务人次", "Station visits"), counts[4], "count", Map.of()),
                new Statistic(CommunityModule.RIDER_FRIENDLY, LocalizedText.of("骑手友好社区", "Rider-friendly communities"), counts[5], "count", Map.of()),
                new Statistic(CommunityModule.SECRETARIES_ADJUSTED, LocalizedText.of("调整社区党组织书记", "Community secretaries adjusted"),
                        counts[6], "count", Map.of()),
                new Statistic(CommunityModule.EVENTS, LocalizedText.of("举办社区活动", "Community events held"), activity.eventsHeld(),
                        "count", activity.eventsByKind()),
                new Statistic(CommunityModule.TRAINED, LocalizedText.of("培训书记和社区工作者", "Secretaries and community workers trained"),
                        activity.trained(), "count", Map.of()),
                new Statistic(CommunityModule.WISHES_FULFILLED, LocalizedText.of("实现微心愿", "Micro-wishes fulfilled"),
                        activity.wishesFulfilled(), "count", Map.of()),
                new Statistic(CommunityModule.ISSUES_CLOSED, LocalizedText.of("联席会议议题办结", "Joint-meeting issues closed"),
                        activity.issuesClosed(), "count", Map.of()));
    }

    private static long[] counts(EntityManager em, String path, int year, LocalDate from, LocalDate to) {
        long[] c = new long[7];
        // Derby allows one DISTINCT aggregate per query
        String under = path.substring(0, path.length() - 1);
        c[0] = Pairings.overlapping(em, "SELECT COUNT(DISTINCT p.communityId) FROM PairingEntity p", Long.class, under, year)
                .getSingleResult();
        c[1] = Pairings.overlapping(em, "SELECT COUNT(DISTINCT p.partnerId) FROM PairingEntity p", Long.class, under, year)
                .getSingleResult();
        c[2] = em.createQuery("SELECT COUNT(r) FROM RegistrationEntity r WHERE r.orgPath LIKE :path AND r.registeredOn < :to "
                        + "AND (r.cancelledOn IS NULL OR r.cancelledOn >= :to)", Long.class)
                .setParameter("path", path).setParameter("to", to).getSingleResult();
        c[3] = em.createQuery("SELECT COUNT(s) FROM StationEntity s WHERE s.orgPath LIKE :path AND s.openedOn < :to", Long.class)
                .setParameter("path", path).setParameter("to", to).getSingleResult();
        Long visits = em.createQuery("SELECT SUM(v.visits) FROM StationVisitsEntity v WHERE v.orgPath LIKE :path "
                        + "AND v.period >= :first AND v.period <= :last", Long.class).setParameter("path", path)
                .setParameter("first", year + "-01").setParameter("last", year + "-12").getSingleResult();
        c[4] = visits == null ? 0 : visits;
        c[5] = em.createQuery("SELECT COUNT(r) FROM RiderFriendlyEntity r WHERE r.orgPath LIKE :path AND r.status = :designated "
                        + "AND r.designatedOn < :to", Long.class).setParameter("path", path)
                .setParameter("designated", RiderStatus.DESIGNATED).setParameter("to", to).getSingleResult();
        c[6] = em.createQuery("SELECT COUNT(p) FROM TeamPostEntity p WHERE p.orgPath LIKE :path AND p.post = :secretary "
                        + "AND p.replacesId IS NOT NULL AND p.termStart >= :from AND p.termStart < :to", Long.class)
                .setParameter("path", path).setParameter("secretary", TeamPost.SECRETARY).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
        return c;
    }

    private double hours(String path, LocalDate from, LocalDate to) {
        BigDecimal sum = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT SUM(h.hours) FROM HoursEntity h "
                        + "WHERE h.orgPath LIKE :path AND h.status = :confirmed AND h.servedOn >= :from AND h.servedOn < :to", BigDecimal.class)
                .setParameter("path", path).setParameter("confirmed", HoursStatus.CONFIRMED).setParameter("from", from)
                .setParameter("to", to).getSingleResult());
        return sum == null ? 0 : sum.doubleValue();
    }

    /** The names of the communities designated rider-friendly under the unit by the year's end (the work record's highlights). */
    List<String> riderFriendlyNames(long subtreeOf, int year) {
        String path = organizations.get(subtreeOf).path() + "%";
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT r.communityId FROM RiderFriendlyEntity r "
                        + "WHERE r.orgPath LIKE :path AND r.status = :designated AND r.designatedOn < :to ORDER BY r.designatedOn",
                        Long.class).setParameter("path", path).setParameter("designated", RiderStatus.DESIGNATED)
                .setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultList().stream().map(scope::name).toList());
    }
}
