package org.grassroots.core.internal.modules;

import org.grassroots.core.internal.CoreMessages;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.module.EnumLabels;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.module.StatisticsProvider;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Core's own dashboard figures for a subtree: units by unit type, Party organizations by type, members by
 * category and by status. Units and members have no history yet, so these are the figures as of now whatever the
 * year asked.
 */
@Component(service = StatisticsProvider.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + StatisticsAggregator.CORE)
public class CoreStatistics implements StatisticsProvider {
    private final JpaTemplate jpa;

    @Activate
    public CoreStatistics(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                          @Reference CoreSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            OrganizationEntity root = em.find(OrganizationEntity.class, subtreeOf);
            if (root == null) {
                throw CoreMessages.notFound("organization", subtreeOf);
            }
            String prefix = root.getPath() + "%";
            // one pass over the units and one over the members (their own path copy, no join), two figures each
            Map<String, Double> units = new TreeMap<>();
            Map<String, Double> partyOrgs = new TreeMap<>();
            for (Object[] row : grouped(em, "SELECT o.unitType, o.partyOrgType, COUNT(o) FROM OrganizationEntity o "
                    + "WHERE o.path LIKE :p GROUP BY o.unitType, o.partyOrgType", prefix)) {
                double count = ((Number) row[2]).doubleValue();
                units.merge(((Enum<?>) row[0]).name(), count, Double::sum);
                if (row[1] != PartyOrgType.NONE) {
                    partyOrgs.merge(((Enum<?>) row[1]).name(), count, Double::sum);
                }
            }
            Map<String, Double> byCategory = new TreeMap<>();
            Map<String, Double> byStatus = new TreeMap<>();
            for (Object[] row : grouped(em, "SELECT m.category, m.status, COUNT(m) FROM MemberEntity m "
                    + "WHERE m.orgPath LIKE :p GROUP BY m.category, m.status", prefix)) {
                if (row[1] == MemberStatus.LEFT) {
                    continue; // members who left the roll are history, not members (still one pass over the index)
                }
                double count = ((Number) row[2]).doubleValue();
                byCategory.merge(((Enum<?>) row[0]).name(), count, Double::sum);
                byStatus.merge(((Enum<?>) row[1]).name(), count, Double::sum);
            }
            return List.of(
                    figure("core.units", "单位", "Units", units, EnumLabels.of(UnitType.class)),
                    figure("core.party-organizations", "党组织", "Party organizations", partyOrgs,
                            EnumLabels.of(PartyOrgType.class)),
                    figure("core.members.by-category", "党员（按类别）", "Members by category", byCategory,
                            EnumLabels.of(MemberCategory.class)),
                    figure("core.members.by-status", "党员（按状态）", "Members by status", byStatus,
                            EnumLabels.of(MemberStatus.class)));
        });
    }

    private static Statistic figure(String id, String zhCN, String en, Map<String, Double> breakdown,
                                    Map<String, LocalizedText> labels) {
        double total = breakdown.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Statistic(id, LocalizedText.of(zhCN, en), total, "count", breakdown)
                .withDefaultLabels(labels);
    }

    private static List<Object[]> grouped(EntityManager em, String jpql, String prefix) {
        return em.createQuery(jpql, Object[].class).setParameter("p", prefix).getResultList();
    }
}
