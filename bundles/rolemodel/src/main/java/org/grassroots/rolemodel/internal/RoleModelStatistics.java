package org.grassroots.rolemodel.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's figures for any subtree and year, each by a grouped query over the subtree's path: the models of the
 * year by stage (the funnel) and by tier, the recommendations pending per level and their average waiting days, the
 * contact points active in the year (with and without contact records) and their contact records by kind, the
 * learning activities and their attendance, the service records per campaign.
 */
@Component(service = {StatisticsProvider.class, RoleModelStatistics.class},
        property = ModuleRegistry.MODULE_PROPERTY + "=" + RoleModelModule.ID)
public class RoleModelStatistics implements StatisticsProvider {
    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final ModuleScope scope;

    @Activate
    public RoleModelStatistics(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                               @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema,
                               @Reference OrganizationService organizations, @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.scope = scopes.of(RoleModelModule.ID);
    }

    /**
     * The figures of a unit the caller names (404 outside the scope, 403 where the module is off), each breakdown key
     * with its label as the descriptor declares it (the dashboard gets them from core).
     */
    public List<Statistic> forUnit(Long unitId, int year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        Map<String, Map<String, LocalizedText>> labels = new java.util.HashMap<>();
        RoleModelModule.describe("0").statistics().forEach(d -> labels.put(d.id(), d.breakdownLabels()));
        return compute(unit.id(), year).stream().map(s -> s.withDefaultLabels(labels.getOrDefault(s.id(), Map.of()))).toList();
    }

    @Override
    public Set<Integer> years(long subtreeOf) {
        String path = organizations.get(subtreeOf).path() + "%";
        return jpa.txExpr(TransactionType.Supports, em -> new TreeSet<>(em.createQuery(
                "SELECT DISTINCT m.year FROM ModelEntity m WHERE m.orgPath LIKE :path", Integer.class)
                .setParameter("path", path).getResultList()));
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        String path = organizations.get(subtreeOf).path() + "%";
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Double> stages = zeros(Stage.values());
            grouped(em, "SELECT m.stage, COUNT(m) FROM ModelEntity m WHERE m.orgPath LIKE :path AND m.year = :year GROUP BY m.stage",
                    path, year).forEach(r -> stages.put(((Stage) r[0]).name(), ((Number) r[1]).doubleValue()));
            Map<String, Double> tiers = zeros(Tier.values());
            grouped(em, "SELECT m.tier, COUNT(m) FROM ModelEntity m WHERE m.orgPath LIKE :path AND m.year = :year AND m.tier IS NOT NULL "
                    + "GROUP BY m.tier", path, year).forEach(r -> tiers.put(((Tier) r[0]).name(), ((Number) r[1]).doubleValue()));
            Map<String, Double> pending = zeros(Tier.values());
            Map<String, Double> waiting = zeros(Tier.values());
            LocalDateTime now = UtcTimes.now();
            double[] all = new double[2];
            grouped(em, "SELECT m.pendingLevel, m.pendingSince FROM ModelEntity m WHERE m.orgPath LIKE :path AND m.year = :year "
                    + "AND m.pendingSince IS NOT NULL", path, year).forEach(r -> {
                        String level = (String) r[0];
                        double days = Duration.between((LocalDateTime) r[1], now).toHours() / 24.0;
                        pending.merge(level, 1.0, Double::sum);
                        waiting.merge(level, days, Double::sum);
                        all[0]++;
                        all[1] += days;
                    });
            waiting.replaceAll((k, v) -> pending.get(k) == 0 ? 0 : round1(v / pending.get(k)));
            String activePoint = " p.orgPath LIKE :path AND p.startsOn <= :last AND (p.endsOn IS NULL OR p.endsOn >= :first)";
            double active = count(em, "SELECT COUNT(p) FROM ContactPointEntity p WHERE" + activePoint, path, first, last);
            double withRecords = count(em, "SELECT COUNT(DISTINCT p.id) FROM ContactPointEntity p, ContactRecordEntity r WHERE "
                    + "r.pointId = p.id AND r.happenedOn >= :first AND r.happenedOn <= :last AND" + activePoint, path, first, last);
            Map<String, Double> records = zeros(ContactKind.values());
            ranged(em, "SELECT r.kind, COUNT(r) FROM ContactRecordEntity r WHERE r.orgPath LIKE :path AND r.happenedOn >= :first "
                    + "AND r.happenedOn <= :last GROUP BY r.kind", path, first, last)
                    .forEach(r -> records.put(((ContactKind) r[0]).name(), number(r[1])));
            Map<String, Double> services = zeros(Campaign.values());
            ranged(em, "SELECT s.campaign, COUNT(s) FROM ServiceEntity s WHERE s.orgPath LIKE :path AND s.servedOn >= :first "
                    + "AND s.servedOn <= :last GROUP BY s.campaign", path, first, last)
                    .forEach(r -> services.put(((Campaign) r[0]).name(), number(r[1])));
            Object[] learning = ranged(em, "SELECT COUNT(l), SUM(l.attendees) FROM LearningEntity l WHERE l.orgPath LIKE :path "
                    + "AND l.heldOn >= :first AND l.heldOn <= :last", path, first, last).get(0);
            Map<String, Double> nominations = zeros(NominationStatus.values());
            grouped(em, "SELECT n.status, COUNT(n) FROM NominationEntity n, CampaignEntity c WHERE c.id = n.campaignId "
                    + "AND n.orgPath LIKE :path AND c.year = :year GROUP BY n.status", path, year)
                    .forEach(r -> nominations.put(((NominationStatus) r[0]).name(), number(r[1])));
            Map<String, Double> honours = zeros(AwardCategory.values());
            grouped(em, "SELECT h.category, COUNT(h) FROM HonourEntity h WHERE h.orgPath LIKE :path AND h.year = :year "
                    + "GROUP BY h.category", path, year).forEach(r -> honours.put(((AwardCategory) r[0]).name(), number(r[1])));
            return List.of(
                    new Statistic(RoleModelModule.MODELS, LocalizedText.of("榜样典型", "Role models"), sum(stages), "count", stages),
                    new Statistic(RoleModelModule.TIERS, LocalizedText.of("“十百千工程”分级典型", "Role models by tier"), sum(tiers), "count", tiers),
                    new Statistic(RoleModelModule.PENDING, LocalizedText.of("待审核推荐", "Recommendations pending"), all[0], "count", pending),
                    new Statistic(RoleModelModule.PENDING_DAYS, LocalizedText.of("推荐平均等待天数", "Average days pending"),
                            all[0] == 0 ? 0 : round1(all[1] / all[0]), "days", waiting),
                    new Statistic(RoleModelModule.CONTACT_POINTS, LocalizedText.of("区级直接联系点", "District-level contact points"), active,
                            "count", Map.of("withRecords", withRecords, "withoutRecords", active - withRecords)),
                    new Statistic(RoleModelModule.CONTACT_RECORDS, LocalizedText.of("联系点联系记录", "Contact records"), sum(records),
                            "count", records),
                    new Statistic(RoleModelModule.LEARNING, LocalizedText.of("组织学做活动", "Learning activities"), number(learning[0]),
                            "count", Map.of("attendees", number(learning[1]))),
                    new Statistic(RoleModelModule.SERVICES, LocalizedText.of("活动服务记录", "Service records"), sum(services), "count", services),
                    new Statistic(RoleModelModule.NOMINATIONS, LocalizedText.of("表彰推荐", "Award nominations"), sum(nominations), "count",
                            nominations),
                    new Statistic(RoleModelModule.HONOURS, LocalizedText.of("获得表彰", "Honours awarded"), sum(honours), "count", honours));
        });
    }

    private static List<Object[]> grouped(EntityManager em, String jpql, String path, int year) {
        return em.createQuery(jpql, Object[].class).setParameter("path", path).setParameter("year", year).getResultList();
    }

    private static List<Object[]> ranged(EntityManager em, String jpql, String path, LocalDate first, LocalDate last) {
        return em.createQuery(jpql, Object[].class).setParameter("path", path).setParameter("first", first)
                .setParameter("last", last).getResultList();
    }

    private static double count(EntityManager em, String jpql, String path, LocalDate first, LocalDate last) {
        return em.createQuery(jpql, Long.class).setParameter("path", path).setParameter("first", first)
                .setParameter("last", last).getSingleResult();
    }

    private static Map<String, Double> zeros(Enum<?>[] keys) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (Enum<?> k : keys) {
            map.put(k.name(), 0.0);
        }
        return map;
    }

    private static double sum(Map<String, Double> map) {
        return map.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
