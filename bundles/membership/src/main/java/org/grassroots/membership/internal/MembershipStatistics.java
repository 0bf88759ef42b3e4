package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The module's figures for any subtree and year, by query over the subtree's path: people in each stage of the
 * pipeline at the year's end, members developed (admitted) in the year against the plans, probations decided (full
 * membership, extension, cancellation), transfers completed by kind, mobile members away at the year's end, members
 * who left by how, and those who lost contact.
 */
@Component(service = { StatisticsProvider.class, MembershipStatistics.class },
        property = ModuleRegistry.MODULE_PROPERTY + "=" + MembershipModule.ID)
public class MembershipStatistics implements StatisticsProvider {
    private static final Map<Stage, StepCode> ENTRY = Map.of(Stage.APPLICANT, StepCode.APPLICATION, Stage.ACTIVIST,
            StepCode.ACTIVIST, Stage.CANDIDATE, StepCode.CANDIDATE, Stage.PROBATIONARY, StepCode.ADMISSION);
    private static final Map<Stage, List<StepCode>> EXITS = Map.of(
            Stage.APPLICANT, List.of(StepCode.ACTIVIST, StepCode.CANDIDATE, StepCode.ADMISSION, StepCode.FULL_MEMBERSHIP, StepCode.CANCELLATION),
            Stage.ACTIVIST, List.of(StepCode.CANDIDATE, StepCode.ADMISSION, StepCode.FULL_MEMBERSHIP, StepCode.CANCELLATION),
            Stage.CANDIDATE, List.of(StepCode.ADMISSION, StepCode.FULL_MEMBERSHIP, StepCode.CANCELLATION),
            Stage.PROBATIONARY, List.of(StepCode.FULL_MEMBERSHIP, StepCode.CANCELLATION));

    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final ModuleScope scope;

    @Activate
    public MembershipStatistics(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                                @Reference(target = MembershipModule.SCHEMA) ModuleSchema schema,
                                @Reference OrganizationService organizations, @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.scope = scopes.of(MembershipModule.ID);
    }

    /** The figures of a unit in the caller's scope where the module is enabled (the module's own panel). */
    public Figures figures(Long unitId, int year) {
        return figures(scope.enabledUnit(unitId, "unit"), year);
    }

    @Override
    public Set<Integer> years(long subtreeOf) {
        String path = organizations.get(subtreeOf).path();
        Object[] range = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT MIN(s.doneOn), MAX(s.doneOn) "
                + "FROM StepEntity s, FileEntity f WHERE s.fileId = f.id AND f.orgPath LIKE :path", Object[].class)
                .setParameter("path", path + "%").getSingleResult());
        Set<Integer> years = new TreeSet<>();
        if (range != null && range[0] != null) {
            for (int y = MembershipText.date(range[0]).getYear(); y <= MembershipText.date(range[1]).getYear(); y++) {
                years.add(y);
            }
        }
        return years;
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        Figures f = figures(organizations.get(subtreeOf), year);
        return List.of(
                new Statistic(MembershipModule.PIPELINE, LocalizedText.of("发展党员各阶段人数", "People in the pipeline"),
                        sum(f.pipeline()), "count", doubles(f.pipeline())),
                new Statistic(MembershipModule.DEVELOPED, LocalizedText.of("发展党员", "Members developed"), f.developed(), "count", Map.of()),
                new Statistic(MembershipModule.PLANNED, LocalizedText.of("年度发展计划", "Development plan"), f.planned(), "count", Map.of()),
                new Statistic(MembershipModule.PROBATIONS, LocalizedText.of("预备期期满处理", "Probations ended"),
                        f.probationsEnded() + f.extended() + f.cancelled(), "count",
                        Map.of(StepCode.FULL_MEMBERSHIP.name(), (double) f.probationsEnded(), StepCode.EXTENSION.name(),
                                (double) f.extended(), StepCode.CANCELLATION.name(), (double) f.cancelled())),
                new Statistic(MembershipModule.TRANSFERS, LocalizedText.of("组织关系转接", "Transfers"), sum(f.transfers()), "count",
                        doubles(f.transfers())),
                new Statistic(MembershipModule.MOBILE, LocalizedText.of("流动党员", "Mobile members"), sum(f.mobile()), "count",
                        doubles(f.mobile())),
                new Statistic(MembershipModule.LEFT, LocalizedText.of("党籍处置", "Membership ended"), sum(f.left()), "count",
                        doubles(f.left())));
    }

    public Figures figures(Organization unit, int year) {
        String path = unit.path() + "%";
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Long> pipeline = new LinkedHashMap<>();
            for (Stage stage : List.of(Stage.APPLICANT, Stage.ACTIVIST, Stage.CANDIDATE, Stage.PROBATIONARY)) {
                pipeline.put(stage.name(), em.createQuery("SELECT COUNT(f) FROM FileEntity f WHERE f.orgPath LIKE :path "
                                + "AND EXISTS (SELECT s.id FROM StepEntity s WHERE s.fileId = f.id AND s.code = :entry AND s.doneOn <= :end) "
                                + "AND NOT EXISTS (SELECT x.id FROM StepEntity x WHERE x.fileId = f.id AND x.code IN :exits AND x.doneOn <= :end)",
                        Long.class).setParameter("path", path).setParameter("entry", ENTRY.get(stage))
                        .setParameter("exits", EXITS.get(stage)).setParameter("end", end).getSingleResult());
            }
            Map<StepCode, Long> steps = new LinkedHashMap<>();
            for (Object[] row : em.createQuery("SELECT s.code, COUNT(s) FROM StepEntity s, FileEntity f WHERE s.fileId = f.id "
                    + "AND f.orgPath LIKE :path AND s.doneOn >= :from AND s.doneOn <= :end AND s.code IN :codes GROUP BY s.code",
                    Object[].class).setParameter("path", path).setParameter("from", from).setParameter("end", end)
                    .setParameter("codes", List.of(StepCode.CANDIDATE, StepCode.ADMISSION, StepCode.FULL_MEMBERSHIP,
                            StepCode.EXTENSION, StepCode.CANCELLATION)).getResultList()) {
                steps.put((StepCode) row[0], ((Number) row[1]).longValue());
            }
            Map<String, Long> transfers = zeros(TransferKind.values());
            for (Object[] row : em.createQuery("SELECT t.kind, COUNT(t) FROM TransferEntity t WHERE (t.orgPath LIKE :path "
                    + "OR t.targetPath LIKE :path) AND t.status = :done AND t.completedOn >= :from AND t.completedOn <= :end "
                    + "GROUP BY t.kind", Object[].class).setParameter("path", path).setParameter("done", TransferStatus.COMPLETED)
                    .setParameter("from", from).setParameter("end", end).getResultList()) {
                transfers.put(((TransferKind) row[0]).name(), ((Number) row[1]).longValue());
            }
            Map<String, Long> mobile = zeros(MobileDirection.values());
            for (Object[] row : em.createQuery("SELECT e.direction, COUNT(e) FROM MobileEntity e WHERE e.orgPath LIKE :path "
                    + "AND e.since <= :end AND (e.returnedOn IS NULL OR e.returnedOn > :end) GROUP BY e.direction", Object[].class)
                    .setParameter("path", path).setParameter("end", end).getResultList()) {
                mobile.put(((MobileDirection) row[0]).name(), ((Number) row[1]).longValue());
            }
            Map<String, Long> left = new LinkedHashMap<>();
            long lost = 0;
            for (StatusKind k : StatusKind.values()) {
                if (k.ends()) {
                    left.put(k.name(), 0L);
                }
            }
            for (Object[] row : em.createQuery("SELECT e.kind, COUNT(e) FROM StatusEntity e WHERE e.orgPath LIKE :path "
                    + "AND e.decidedOn >= :from AND e.decidedOn <= :end GROUP BY e.kind", Object[].class)
                    .setParameter("path", path).setParameter("from", from).setParameter("end", end).getResultList()) {
                StatusKind k = (StatusKind) row[0];
                if (k.ends()) {
                    left.put(k.name(), ((Number) row[1]).longValue());
                } else if (k == StatusKind.LOST_CONTACT) {
                    lost = ((Number) row[1]).longValue();
                }
            }
            return new Figures(unit.id(), unit.name(), year, pipeline, planned(em, unit.path(), year),
                    steps.getOrDefault(StepCode.CANDIDATE, 0L), steps.getOrDefault(StepCode.ADMISSION, 0L),
                    steps.getOrDefault(StepCode.FULL_MEMBERSHIP, 0L), steps.getOrDefault(StepCode.EXTENSION, 0L),
                    steps.getOrDefault(StepCode.CANCELLATION, 0L), transfers, mobile, left, lost);
        });
    }

    /**
     * The quotas of the outermost plans in the subtree (a plan inside a planned unit is part of that plan). In path
     * order a unit's subtree follows the unit without a gap, so a plan is inside another exactly when it starts with
     * the last outermost path: one comparison per plan (comparing with every outermost plan so far grew with the
     * square of the plans: 237 ms for the city's figures against 20 ms for the district's, docs/benchmarks.md). The
     * order is Java's, not the database's: PostgreSQL's collation may not keep '/' in code-point order.
     */
    static long planned(List<Object[]> plans) {
        List<Object[]> inPathOrder = new ArrayList<>(plans);
        inPathOrder.sort(Comparator.comparing(row -> (String) row[0]));
        String outermost = null;
        long total = 0;
        for (Object[] row : inPathOrder) {
            String p = (String) row[0];
            if (outermost == null || !p.startsWith(outermost)) {
                outermost = p;
                total += ((Number) row[1]).longValue();
            }
        }
        return total;
    }

    private static long planned(EntityManager em, String path, int year) {
        return planned(em.createQuery("SELECT p.orgPath, p.quota FROM PlanEntity p WHERE p.orgPath LIKE :path AND p.year = :y",
                Object[].class).setParameter("path", path + "%").setParameter("y", year).getResultList());
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            map.put(v.name(), 0L);
        }
        return map;
    }

    private static double sum(Map<String, Long> parts) {
        return parts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Double> doubles(Map<String, Long> parts) {
        Map<String, Double> map = new LinkedHashMap<>();
        parts.forEach((k, v) -> map.put(k, v.doubleValue()));
        return map;
    }
}
