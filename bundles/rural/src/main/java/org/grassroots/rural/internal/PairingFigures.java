package org.grassroots.rural.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.rural.internal.match.EnterpriseProfile;
import org.grassroots.rural.internal.match.Keywords;
import org.grassroots.rural.internal.match.NeedProfile;
import org.grassroots.rural.internal.match.Recommender;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The dashboard's pairing figures of a subtree: villages with an ACTIVE pairing, and the mean fit
 * ({@link Recommender#fit}) of active pairings to their village's open needs. Read with queries on the subtree's rows
 * only ({@code ORG_PATH LIKE :under}), each row once: building the recommender's whole
 * {@link Recommendations.Snapshot} for these figures counted every pairing of the platform and loaded every
 * enterprise, so any unit's figures grew with the whole platform rather than with the unit.
 */
@Component(service = PairingFigures.class)
public class PairingFigures {
    private final JpaTemplate jpa;

    /** @param paired villages with an ACTIVE pairing; {@code meanFit} over the {@code fitted} active pairings of villages with open needs */
    public record Figures(int paired, double meanFit, int fitted) {
    }

    /** An ACTIVE pairing as the fit sees it: its village and its enterprise. */
    record ActivePairing(long villageId, EnterpriseProfile enterprise) {
    }

    /** {@code schema}: only once core has run the module's migrations (V5's index included). */
    @Activate
    public PairingFigures(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa,
                          @Reference(target = RuralModule.SCHEMA) ModuleSchema schema) {
        this.jpa = jpa;
    }

    /** The figures of the villages under the set's unit. */
    public Figures of(VillageSet inScope) {
        String under = inScope.under();
        return jpa.txExpr(TransactionType.Supports, em -> {
            long paired = em.createQuery("SELECT COUNT(DISTINCT p.villageId) FROM PairingEntity p "
                    + "WHERE p.orgPath LIKE :under AND p.status = :active", Long.class)
                    .setParameter("under", under).setParameter("active", PairingStatus.ACTIVE).getSingleResult();
            // the subtree's active pairings with the fields of their enterprise the fit reads, in id order (the sum's order)
            List<ActivePairing> active = new ArrayList<>();
            Map<Long, EnterpriseProfile> enterprises = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT p.villageId, e.id, e.name, e.industry, e.mainBusiness, e.capacities, "
                            + "e.keywords FROM PairingEntity p, EnterpriseEntity e WHERE p.orgPath LIKE :under "
                            + "AND p.status = :active AND e.id = p.enterpriseId ORDER BY p.id", Object[].class)
                    .setParameter("under", under).setParameter("active", PairingStatus.ACTIVE).getResultList()) {
                EnterpriseProfile enterprise = enterprises.computeIfAbsent((Long) row[1], id -> new EnterpriseProfile(id,
                        (String) row[2], (String) row[3], (String) row[4], Enterprises.capacities((String) row[5]),
                        Keywords.load((String) row[6]), Double.NaN, Double.NaN, 0, 0, 0));
                active.add(new ActivePairing((Long) row[0], enterprise));
            }
            if (active.isEmpty()) {
                return new Figures((int) paired, 0, 0);
            }
            Map<Long, String> mainIndustries = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT v.villageId, v.mainIndustry FROM VillageProfileEntity v "
                    + "WHERE v.orgPath LIKE :under", Object[].class).setParameter("under", under).getResultList()) {
                mainIndustries.put((Long) row[0], (String) row[1]);
            }
            Map<Long, List<NeedProfile>> openNeeds = new HashMap<>();
            // a parameter, not the literal TRUE: EclipseLink prints TRUE as 1 on Derby, which rejects BOOLEAN = INTEGER
            for (Object[] row : em.createQuery("SELECT n.id, n.villageId, n.type, n.industry, n.keywords FROM NeedEntity n "
                    + "WHERE n.orgPath LIKE :under AND n.open = :open ORDER BY n.id", Object[].class)
                    .setParameter("under", under).setParameter("open", Boolean.TRUE).getResultList()) {
                long villageId = (Long) row[1];
                openNeeds.computeIfAbsent(villageId, k -> new ArrayList<>()).add(need((Long) row[0], villageId,
                        (NeedType) row[2], (String) row[3], (String) row[4], mainIndustries.get(villageId)));
            }
            return figures((int) paired, active, openNeeds);
        });
    }

    /**
     * An open need as the fit sees it (no location: the fit does not read it). A need without its own industry takes
     * its village's main industry ({@code null} without a profile), as in the recommender's snapshot.
     */
    static NeedProfile need(long needId, long villageId, NeedType type, String industry, String storedKeywords,
                            String villageMainIndustry) {
        return new NeedProfile(needId, villageId, type, industry != null ? industry : villageMainIndustry,
                Keywords.load(storedKeywords), Double.NaN, Double.NaN);
    }

    /**
     * The mean over active pairings of villages with open needs (in the order given) of the best fit of the pairing's
     * enterprise to one of its village's open needs.
     */
    static Figures figures(int paired, List<ActivePairing> active, Map<Long, List<NeedProfile>> openNeeds) {
        double fitSum = 0;
        int fitCount = 0;
        for (ActivePairing p : active) {
            List<NeedProfile> needs = openNeeds.getOrDefault(p.villageId(), List.of());
            if (!needs.isEmpty()) {
                fitSum += needs.stream().mapToDouble(n -> Recommender.fit(n, p.enterprise())).max().orElse(0);
                fitCount++;
            }
        }
        return new Figures(paired, fitCount == 0 ? 0 : fitSum / fitCount, fitCount);
    }
}
