package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Party coverage of the enterprises in buildings on a day: per building, per belt and in total, counted by grouped
 * queries over a subtree's path (the enterprises present that day: moved in on or before it, not moved out by it).
 */
@Component(service = CoverageReports.class)
public class CoverageReports {
    private final JpaTemplate jpa;
    private final ModuleScope scope;

    @Activate
    public CoverageReports(@Reference(target = BuildingsModule.UNIT) JpaTemplate jpa,
                           @Reference(target = BuildingsModule.SCHEMA) ModuleSchema schema, @Reference Buildings buildings) {
        this.jpa = jpa;
        this.scope = buildings.scope();
    }

    /** Coverage under {@code unit} (checked: in scope, enabled) on {@code asOf} (today when null). */
    public CoverageReport report(Long unit, LocalDate asOf) {
        Organization under = scope.enabledUnit(unit, "unit");
        return compute(under.path() + "%", asOf == null ? LocalDate.now() : asOf);
    }

    /** Counts of one group: enterprises, own organization, joint branch, none, should form, instructor only. */
    static final class Counts {
        final int[] values = new int[6];

        void add(Coverage coverage, int fullMembers, boolean instructor) {
            values[0]++;
            values[1 + coverage.ordinal()]++;
            if (Tenancies.shouldForm(coverage, fullMembers, true)) {
                values[4]++;
            }
            if (coverage == Coverage.NONE && instructor) {
                values[5]++;
            }
        }

        void addAll(Counts other) {
            for (int i = 0; i < values.length; i++) {
                values[i] += other.values[i];
            }
        }

        CoverageRow row(String key, String name, Belt belt) {
            int covered = values[1] + values[2];
            return new CoverageRow(key, name, belt, values[0], values[1], values[2], values[3], values[4], values[5],
                    values[0] == 0 ? 0 : Math.round(covered * 1000.0 / values[0]) / 10.0);
        }
    }

    /** Coverage of the enterprises present on {@code day} in the buildings whose path matches {@code under}. */
    CoverageReport compute(String under, LocalDate day) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, Belt> belts = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT b.buildingId, b.belt FROM BuildingEntity b WHERE b.orgPath LIKE :under",
                    Object[].class).setParameter("under", under).getResultList()) {
                belts.put((Long) row[0], (Belt) row[1]);
            }
            Map<Long, Counts> perBuilding = new LinkedHashMap<>();
            for (Object[] row : em.createQuery("SELECT t.buildingId, t.coverage, t.fullMembers, t.instructorName FROM TenancyEntity t "
                            + "WHERE t.orgPath LIKE :under AND t.movedIn <= :day AND (t.movedOut IS NULL OR t.movedOut > :day) "
                            + "ORDER BY t.buildingId", Object[].class)
                    .setParameter("under", under).setParameter("day", day).getResultList()) {
                perBuilding.computeIfAbsent((Long) row[0], k -> new Counts())
                        .add((Coverage) row[1], ((Number) row[2]).intValue(), row[3] != null);
            }
            for (Long building : belts.keySet()) {
                perBuilding.computeIfAbsent(building, k -> new Counts());
            }
            Map<Belt, Counts> perBelt = new EnumMap<>(Belt.class);
            Counts total = new Counts();
            List<CoverageRow> buildingRows = new ArrayList<>();
            perBuilding.forEach((building, counts) -> {
                Belt belt = belts.getOrDefault(building, Belt.NONE);
                perBelt.computeIfAbsent(belt, k -> new Counts()).addAll(counts);
                total.addAll(counts);
                buildingRows.add(counts.row(String.valueOf(building), scope.name(building), belt));
            });
            List<CoverageRow> beltRows = new ArrayList<>();
            for (Belt belt : Belt.values()) {
                beltRows.add(perBelt.getOrDefault(belt, new Counts()).row(belt.name(), belt.label(), belt));
            }
            buildingRows.sort(java.util.Comparator.comparing(CoverageRow::belt).thenComparing(CoverageRow::name,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
            return new CoverageReport(buildingRows, beltRows, total.row("total", null, null));
        });
    }
}
