package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's figures for any subtree and year, by grouped queries over the subtree's path: positions per level and
 * status, featured, recorded in the city system (a synced marker), changed since the last sync (as of now, whatever
 * the year); the year's assessments (mean score in percent of the standard's points, grades), their rectification
 * items open and overdue, the upgrade projects accepted in the year, the year's events with their sign-ups and
 * sign-ins, its room bookings, and the services the positions' catalogues offer.
 */
@Component(service = { StatisticsProvider.class, PositionStatistics.class },
        property = ModuleRegistry.MODULE_PROPERTY + "=" + PositionModule.ID)
public class PositionStatistics implements StatisticsProvider {
    private final JpaTemplate jpa;
    private final OrganizationService organizations;

    @Activate
    public PositionStatistics(@Reference(target = PositionModule.UNIT) JpaTemplate jpa,
                              @Reference(target = PositionModule.SCHEMA) ModuleSchema schema, @Reference OrganizationService organizations) {
        this.jpa = jpa;
        this.organizations = organizations;
    }

    @Override
    public Set<Integer> years(long subtreeOf) {
        String path = organizations.get(subtreeOf).path() + "%";
        return jpa.txExpr(TransactionType.Supports, em -> {
            Set<Integer> years = new TreeSet<>(em.createQuery("SELECT DISTINCT a.year FROM AssessmentEntity a WHERE a.orgPath LIKE :p",
                    Integer.class).setParameter("p", path).getResultList());
            Object[] range = em.createQuery("SELECT MIN(u.acceptedOn), MAX(u.acceptedOn) FROM UpgradeEntity u WHERE u.orgPath LIKE :p",
                    Object[].class).setParameter("p", path).getSingleResult();
            if (range != null && range[0] != null) {
                for (int y = ((LocalDate) range[0]).getYear(); y <= ((LocalDate) range[1]).getYear(); y++) {
                    years.add(y);
                }
            }
            return years;
        });
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        Figures f = figures(organizations.get(subtreeOf), year);
        return List.of(
                new Statistic(PositionModule.POSITIONS, LocalizedText.of("党群服务阵地", "Positions"), f.positions(), "count", doubles(f.byLevel())),
                new Statistic(PositionModule.STATUS, LocalizedText.of("阵地状态", "Positions by status"), f.positions(), "count",
                        doubles(f.byStatus())),
                new Statistic(PositionModule.FEATURED, LocalizedText.of("特色综合阵地", "Featured positions"), f.featured(), "count", Map.of()),
                new Statistic(PositionModule.RECORDED, LocalizedText.of("录入全市基层数据管理系统", "Recorded in the city system"),
                        f.recorded(), "count", Map.of()),
                new Statistic(PositionModule.MEAN_SCORE, LocalizedText.of("阵地评估平均分", "Mean assessment score"),
                        f.meanScore() == null ? 0 : f.meanScore(), "points", Map.of()),
                new Statistic(PositionModule.GRADES, LocalizedText.of("阵地评估等次", "Assessments by grade"), f.assessed(), "count",
                        doubles(f.byGrade())),
                new Statistic(PositionModule.RECTIFICATIONS_OPEN, LocalizedText.of("未完成整改事项", "Open rectifications"),
                        f.rectificationsOpen(), "count", Map.of()),
                new Statistic(PositionModule.RECTIFICATIONS_OVERDUE, LocalizedText.of("逾期整改事项", "Overdue rectifications"),
                        f.rectificationsOverdue(), "count", Map.of()),
                new Statistic(PositionModule.UPGRADES_ACCEPTED, LocalizedText.of("验收通过的升级项目", "Upgrades accepted"),
                        f.upgradesAccepted(), "count", Map.of()),
                new Statistic(PositionModule.VISITS, LocalizedText.of("阵地到访人次", "Visits to positions"), f.visits(), "count",
                        doubles(f.visitsByType())),
                new Statistic(PositionModule.EVENTS, LocalizedText.of("阵地活动", "Events at positions"), f.events(), "count",
                        doubles(f.eventsByType())),
                new Statistic(PositionModule.SIGN_INS, LocalizedText.of("活动签到人次", "Event sign-ins"), f.eventSignIns(), "count",
                        Map.of()),
                new Statistic(PositionModule.BOOKINGS, LocalizedText.of("功能室预约", "Room bookings"), f.bookings(), "count", Map.of()),
                new Statistic(PositionModule.CATALOGUE, LocalizedText.of("阵地服务事项", "Services offered"), f.catalogue(), "count",
                        Map.of()));
    }

    /** The dashboard's figures: thirteen grouped queries, whatever the size of the subtree. */
    public Figures figures(Organization unit, int year) {
        String path = unit.path() + "%";
        LocalDate today = LocalDate.now();
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Long> byLevel = zeros(PositionLevel.values());
            Map<String, Long> byStatus = zeros(PositionStatus.values());
            long total = 0;
            for (Object[] r : em.createQuery("SELECT p.level, p.status, COUNT(p) FROM PositionEntity p WHERE p.orgPath LIKE :p "
                    + "GROUP BY p.level, p.status", Object[].class).setParameter("p", path).getResultList()) {
                long n = ((Number) r[2]).longValue();
                byLevel.merge(((PositionLevel) r[0]).name(), n, Long::sum);
                byStatus.merge(((PositionStatus) r[1]).name(), n, Long::sum);
                total += n;
            }
            Object[] marks = em.createQuery("SELECT SUM(p.featured), COUNT(p.syncedVersion), "
                    + "SUM(CASE WHEN p.syncedVersion IS NULL OR p.syncedVersion <> p.version THEN 1 ELSE 0 END) "
                    + "FROM PositionEntity p WHERE p.orgPath LIKE :p", Object[].class).setParameter("p", path).getSingleResult();
            Map<String, Long> byGrade = zeros(Grade.values());
            long assessed = 0;
            for (Object[] r : em.createQuery("SELECT a.grade, COUNT(a) FROM AssessmentEntity a WHERE a.orgPath LIKE :p AND a.year = :y "
                    + "GROUP BY a.grade", Object[].class).setParameter("p", path).setParameter("y", year).getResultList()) {
                byGrade.put(((Grade) r[0]).name(), ((Number) r[1]).longValue());
                assessed += ((Number) r[1]).longValue();
            }
            Object[] sums = em.createQuery("SELECT SUM(a.total), SUM(a.maxTotal) FROM AssessmentEntity a WHERE a.orgPath LIKE :p "
                    + "AND a.year = :y", Object[].class).setParameter("p", path).setParameter("y", year).getSingleResult();
            Double mean = sums == null || sums[0] == null ? null : ((BigDecimal) sums[0]).multiply(BigDecimal.valueOf(100))
                    .divide((BigDecimal) sums[1], 1, RoundingMode.HALF_UP).doubleValue();
            Object[] rect = em.createQuery("SELECT COUNT(r), SUM(CASE WHEN r.deadline < :today THEN 1 ELSE 0 END) "
                            + "FROM RectificationEntity r, AssessmentEntity a WHERE a.id = r.assessmentId AND r.orgPath LIKE :p "
                            + "AND a.year = :y AND r.status = :open", Object[].class)
                    .setParameter("today", today).setParameter("p", path).setParameter("y", year)
                    .setParameter("open", RectificationStatus.OPEN).getSingleResult();
            Map<String, Long> upgrades = zeros(UpgradeStatus.values());
            for (Object[] r : em.createQuery("SELECT u.status, COUNT(u) FROM UpgradeEntity u WHERE u.orgPath LIKE :p GROUP BY u.status",
                    Object[].class).setParameter("p", path).getResultList()) {
                upgrades.put(((UpgradeStatus) r[0]).name(), ((Number) r[1]).longValue());
            }
            long accepted = em.createQuery("SELECT COUNT(u) FROM UpgradeEntity u WHERE u.orgPath LIKE :p AND u.acceptedOn >= :from "
                            + "AND u.acceptedOn < :to", Long.class).setParameter("p", path)
                    .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1)).getSingleResult();
            Map<String, Long> byMonth = new LinkedHashMap<>();
            for (int m = 1; m <= 12; m++) {
                byMonth.put(String.format("%d-%02d", year, m), 0L);
            }
            Map<String, Long> byType = zeros(ServiceType.values());
            long visits = 0;
            long services = 0;
            for (Object[] r : em.createQuery("SELECT v.period, v.serviceType, SUM(v.visits), SUM(v.services) FROM VisitEntity v "
                            + "WHERE v.orgPath LIKE :p AND v.period >= :from AND v.period <= :to GROUP BY v.period, v.serviceType",
                    Object[].class).setParameter("p", path).setParameter("from", year * 100 + 1).setParameter("to", year * 100 + 12)
                    .getResultList()) {
                long n = ((Number) r[2]).longValue();
                byMonth.merge(Visits.text(((Number) r[0]).intValue()), n, Long::sum);
                byType.merge(((ServiceType) r[1]).name(), n, Long::sum);
                visits += n;
                services += ((Number) r[3]).longValue();
            }
            Map<String, Long> eventsByType = zeros(ServiceType.values());
            long events = 0;
            LocalDateTime yearStart = LocalDate.of(year, 1, 1).atStartOfDay();
            for (Object[] r : em.createQuery("SELECT e.serviceType, COUNT(e) FROM EventEntity e WHERE e.orgPath LIKE :p "
                            + "AND e.startsAt >= :from AND e.startsAt < :to GROUP BY e.serviceType", Object[].class)
                    .setParameter("p", path).setParameter("from", yearStart).setParameter("to", yearStart.plusYears(1)).getResultList()) {
                eventsByType.put(((ServiceType) r[0]).name(), ((Number) r[1]).longValue());
                events += ((Number) r[1]).longValue();
            }
            Object[] people = em.createQuery("SELECT COUNT(a.signedUpAt), COUNT(a.signedInAt) FROM AttendanceEntity a, EventEntity e "
                            + "WHERE a.eventId = e.id AND e.orgPath LIKE :p AND e.startsAt >= :from AND e.startsAt < :to", Object[].class)
                    .setParameter("p", path).setParameter("from", yearStart).setParameter("to", yearStart.plusYears(1)).getSingleResult();
            long bookings = em.createQuery("SELECT COUNT(b) FROM BookingEntity b WHERE b.orgPath LIKE :p AND b.status = :booked "
                            + "AND b.day >= :from AND b.day < :to", Long.class).setParameter("p", path)
                    .setParameter("booked", BookingStatus.BOOKED).setParameter("from", LocalDate.of(year, 1, 1))
                    .setParameter("to", LocalDate.of(year + 1, 1, 1)).getSingleResult();
            long catalogue = em.createQuery("SELECT COUNT(s) FROM ServiceOfferEntity s WHERE s.orgPath LIKE :p AND s.active = 1", Long.class)
                    .setParameter("p", path).getSingleResult();
            return new Figures(unit.id(), unit.name(), year, total, byLevel, byStatus, number(marks, 0), number(marks, 1), number(marks, 2),
                    assessed, mean, byGrade, number(rect, 0), number(rect, 1), accepted, upgrades, visits, services, byMonth, byType,
                    events, eventsByType, number(people, 0), number(people, 1), bookings, catalogue);
        });
    }

    private static long number(Object[] row, int i) {
        return row == null || row[i] == null ? 0 : ((Number) row[i]).longValue();
    }

    private static Map<String, Long> zeros(Enum<?>[] keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (Enum<?> k : keys) {
            map.put(k.name(), 0L);
        }
        return map;
    }

    private static Map<String, Double> doubles(Map<String, Long> counts) {
        Map<String, Double> map = new LinkedHashMap<>();
        counts.forEach((k, v) -> map.put(k, v.doubleValue()));
        return map;
    }
}
