package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.annualstats.MemberChange;
import org.grassroots.core.api.annualstats.MemberChange.Direction;
import org.grassroots.core.api.annualstats.MemberChangeContributor;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The lines of the annual statistics (党内统计年报) that only this module records: membership ended by kind (退党,
 * 除名, 开除党籍, 自行脱党, 死亡), suspended and restored, and transfers with organizations outside the platform.
 * Core counts admissions and the transfers inside the platform itself, so nothing is counted twice.
 */
@Component(property = ModuleRegistry.MODULE_PROPERTY + "=" + MembershipModule.ID)
public class MembershipAnnualChanges implements MemberChangeContributor {
    private static final String PREFIX = MembershipModule.ID + ".";

    private final JpaTemplate jpa;

    @Activate
    public MembershipAnnualChanges(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                                   @Reference(target = MembershipModule.SCHEMA) ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public List<MemberChange> changes(String subtreePath, int year) {
        String path = subtreePath + "%";
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<StatusKind, Long> status = new LinkedHashMap<>();
            for (StatusKind kind : StatusKind.values()) {
                if (kind.ends() || kind == StatusKind.SUSPENSION || kind == StatusKind.RESTORATION) {
                    status.put(kind, 0L);
                }
            }
            for (Object[] row : em.createQuery("SELECT e.kind, COUNT(e) FROM StatusEntity e WHERE e.orgPath LIKE :path "
                    + "AND e.decidedOn >= :from AND e.decidedOn <= :end GROUP BY e.kind", Object[].class)
                    .setParameter("path", path).setParameter("from", from).setParameter("end", end).getResultList()) {
                status.computeIfPresent((StatusKind) row[0], (k, v) -> ((Number) row[1]).longValue());
            }
            Map<TransferKind, Long> external = new LinkedHashMap<>();
            external.put(TransferKind.IN, 0L);
            external.put(TransferKind.OUT, 0L);
            for (Object[] row : em.createQuery("SELECT t.kind, COUNT(t) FROM TransferEntity t WHERE t.orgPath LIKE :path "
                    + "AND t.kind IN :kinds AND t.status = :done AND t.completedOn >= :from AND t.completedOn <= :end "
                    + "GROUP BY t.kind", Object[].class).setParameter("path", path)
                    .setParameter("kinds", List.of(TransferKind.IN, TransferKind.OUT)).setParameter("done", TransferStatus.COMPLETED)
                    .setParameter("from", from).setParameter("end", end).getResultList()) {
                external.put((TransferKind) row[0], ((Number) row[1]).longValue());
            }
            List<MemberChange> changes = new ArrayList<>();
            changes.add(new MemberChange(Direction.ADDED, PREFIX + "transfer-in",
                    LocalizedText.of("组织关系转入（平台外）", "Transferred in (from outside the platform)"), external.get(TransferKind.IN)));
            changes.add(new MemberChange(Direction.ADDED, PREFIX + StatusKind.RESTORATION.name(),
                    StatusKind.RESTORATION.labels(), status.remove(StatusKind.RESTORATION)));
            changes.add(new MemberChange(Direction.REDUCED, PREFIX + "transfer-out",
                    LocalizedText.of("组织关系转出（平台外）", "Transferred out (outside the platform)"), external.get(TransferKind.OUT)));
            status.forEach((kind, count) -> changes.add(new MemberChange(Direction.REDUCED, PREFIX + kind.name(), kind.labels(), count)));
            return changes;
        });
    }
}
