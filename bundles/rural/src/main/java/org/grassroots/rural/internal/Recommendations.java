package org.grassroots.rural.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rural.internal.match.EnterpriseProfile;
import org.grassroots.rural.internal.match.Keywords;
import org.grassroots.rural.internal.match.NeedProfile;
import org.grassroots.rural.internal.match.Recommendation;
import org.grassroots.rural.internal.match.Recommender;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Which enterprises fit a village's open needs (精准帮扶): ranked recommendations per need, current pairings that no
 * longer fit, both from one consistent {@link Snapshot}. The dashboard's pairing figures are {@link PairingFigures}'s:
 * they need the subtree's rows only, not the whole snapshot.
 */
@Component(service = Recommendations.class)
public class Recommendations {
    private final JpaTemplate jpa;
    private final Villages villages;
    private final ModuleScope scope;
    private final Needs needs;
    private final Pairings pairings;

    @Activate
    public Recommendations(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa, @Reference Villages villages,
                           @Reference(target = RuralModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                           @Reference Needs needs, @Reference Pairings pairings) {
        this.jpa = jpa;
        this.villages = villages;
        this.scope = scopes.of(RuralModule.ID);
        this.needs = needs;
        this.pairings = pairings;
    }

    /**
     * Everything the recommender needs, read in one transaction: {@code enterprises} are the ones the caller may be
     * recommended (see {@link EnterpriseOwners}), {@code byId} holds every enterprise (an existing pairing's fit is
     * judged whoever registered the enterprise); needs and current pairings are those of the villages asked for.
     */
    public record Snapshot(List<EnterpriseProfile> enterprises, Map<Long, EnterpriseProfile> byId,
                           Map<Long, List<NeedProfile>> openNeeds, Map<Long, NeedEntity> needs, List<PairingEntity> current) {
    }

    /** The recommender's view of the given villages ({@code null}: every village). */
    public Snapshot snapshot(VillageSet inScope) {
        return snapshot(inScope, scope.scopePath());
    }

    /**
     * The same with the enterprises a caller scoped to {@code scopePath} may be recommended (null: every one): the
     * demo loader pairs each copy of the demo district with that copy's enterprises, as its district would.
     */
    Snapshot snapshot(VillageSet inScope, String scopePath) {
        String inVillages = inScope == null ? "" : " AND x.orgPath LIKE :under";
        return jpa.txExpr(TransactionType.Supports, em -> {
            // an enterprise's load and outcomes count every pairing it has, wherever the village
            Map<Long, int[]> load = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT p.enterpriseId, p.status, p.successful, COUNT(p) FROM PairingEntity p "
                    + "GROUP BY p.enterpriseId, p.status, p.successful", Object[].class).getResultList()) {
                int[] counts = load.computeIfAbsent((Long) row[0], k -> new int[3]);
                int n = ((Number) row[3]).intValue();
                if (row[1] == PairingStatus.ACTIVE) {
                    counts[0] += n;
                } else if (row[1] == PairingStatus.ENDED && row[2] != null) {
                    counts[1] += n;
                    if ((Boolean) row[2]) {
                        counts[2] += n;
                    }
                }
            }
            var currentQuery = em.createQuery("SELECT x FROM PairingEntity x WHERE x.status <> :ended" + inVillages
                    + " ORDER BY x.id", PairingEntity.class).setParameter("ended", PairingStatus.ENDED);
            var profileQuery = em.createQuery("SELECT x FROM VillageProfileEntity x WHERE 1 = 1" + inVillages,
                    VillageProfileEntity.class);
            // a parameter, not the literal TRUE: EclipseLink prints TRUE as 1 on Derby, which rejects BOOLEAN = INTEGER
            var needQuery = em.createQuery("SELECT x FROM NeedEntity x WHERE x.open = :open" + inVillages + " ORDER BY x.id",
                    NeedEntity.class).setParameter("open", Boolean.TRUE);
            if (inScope != null) {
                currentQuery.setParameter("under", inScope.under());
                profileQuery.setParameter("under", inScope.under());
                needQuery.setParameter("under", inScope.under());
            }
            List<PairingEntity> current = currentQuery.getResultList();

            List<EnterpriseProfile> enterprises = new ArrayList<>();
            Map<Long, EnterpriseProfile> byId = new HashMap<>();
            for (EnterpriseEntity e : em.createQuery("SELECT e FROM EnterpriseEntity e ORDER BY e.id", EnterpriseEntity.class)
                    .getResultList()) {
                int[] counts = load.getOrDefault(e.id, new int[3]);
                EnterpriseProfile profile = new EnterpriseProfile(e.id, e.name, e.industry, e.mainBusiness,
                        Enterprises.capacities(e.capacities), Keywords.load(e.keywords), e.latitude, e.longitude, counts[0], counts[1],
                        counts[2]);
                byId.put(e.id, profile);
                if (EnterpriseOwners.visible(e.organizationId, e.orgPath, scopePath)) {
                    enterprises.add(profile);
                }
            }
            Map<Long, VillageProfileEntity> profiles = new HashMap<>();
            profileQuery.getResultList().forEach(p -> profiles.put(p.villageId, p));
            Map<Long, List<NeedProfile>> openNeeds = new HashMap<>();
            Map<Long, NeedEntity> needs = new HashMap<>();
            for (NeedEntity n : needQuery.getResultList()) {
                VillageProfileEntity where = profiles.get(n.villageId);
                String industry = n.industry != null ? n.industry : where == null ? null : where.mainIndustry;
                openNeeds.computeIfAbsent(n.villageId, k -> new ArrayList<>()).add(new NeedProfile(n.id, n.villageId, n.type,
                        industry, Keywords.load(n.keywords), where == null ? Double.NaN : where.latitude,
                        where == null ? Double.NaN : where.longitude));
                needs.put(n.id, n);
            }
            return new Snapshot(enterprises, byId, openNeeds, needs, current);
        });
    }

    /**
     * The same for a village named by id (in the caller's subtree: 404) or code, where the module is enabled (403).
     */
    public List<NeedRecommendations> recommend(String village, int limit, java.util.Locale language) {
        long id = village.matches("\\d+") ? villages.enabledVillage(Long.parseLong(village)).id()
                : villages.byCode(village).id();
        scope.requireEnabled(id);
        return recommend(id, limit, language);
    }

    /** The best enterprises for each open need of the village, each score explained. */
    public List<NeedRecommendations> recommend(long villageId, int limit) {
        return recommend(villageId, limit, java.util.Locale.ENGLISH);
    }

    /** The same, each score's reasons in {@code language}. */
    public List<NeedRecommendations> recommend(long villageId, int limit, java.util.Locale language) {
        return recommend(villageId, limit, language, scope.scopePath());
    }

    /** The same among the enterprises a caller scoped to {@code scopePath} may be recommended (null: every one). */
    List<NeedRecommendations> recommend(long villageId, int limit, java.util.Locale language, String scopePath) {
        Organization village = villages.requireVillage(villageId, "village");
        Snapshot snapshot = snapshot(VillageSet.of(village), scopePath);
        List<NeedRecommendations> result = new ArrayList<>();
        for (NeedProfile need : snapshot.openNeeds().getOrDefault(villageId, List.of())) {
            result.add(new NeedRecommendations(needs.need(snapshot.needs().get(need.needId())),
                    Recommender.rank(need, snapshot.enterprises(), limit, language)));
        }
        return result;
    }

    /**
     * Current (not ended) pairings in the given villages whose enterprise no longer fits any open need of the
     * village (精准帮扶), each with the best enterprise to pair instead.
     */
    /** The same for the villages under {@code unit} (checked: in scope, enabled). */
    public List<Repairing> repairing(Long unit, java.util.Locale language) {
        return repairing(villages.enabledUnder(unit), language);
    }

    public List<Repairing> repairing(VillageSet inScope, java.util.Locale language) {
        Snapshot snapshot = snapshot(inScope);
        List<Repairing> result = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        snapshot.enterprises().forEach(e -> names.put(e.id(), e.name()));
        for (PairingEntity p : snapshot.current()) {
            List<NeedProfile> needs = snapshot.openNeeds().getOrDefault(p.villageId, List.of());
            EnterpriseProfile enterprise = snapshot.byId().get(p.enterpriseId);
            if (needs.isEmpty() || enterprise == null) {
                continue;
            }
            NeedProfile bestNeed = needs.stream().max(Comparator.comparingDouble(n -> Recommender.fit(n, enterprise))).get();
            double fit = Recommender.fit(bestNeed, enterprise);
            if (!Recommender.matches(bestNeed, enterprise)) {
                NeedProfile target = p.needId != null ? needs.stream().filter(n -> n.needId() == p.needId).findFirst()
                        .orElse(needs.get(0)) : needs.get(0);
                List<Recommendation> alternatives = Recommender.rank(target, snapshot.enterprises(), 1, language);
                result.add(new Repairing(pairings.pairing(p, names.get(p.enterpriseId)), fit,
                        RuralMessages.TEXT.message("repairing.reason", enterprise.name(),
                                String.format(java.util.Locale.ROOT, "%.0f", fit * 100), "25").in(language),
                        alternatives.isEmpty() ? null : alternatives.get(0)));
            }
        }
        return result;
    }
}
