package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UnitType;
import org.grassroots.rolemodel.internal.Levels.Level;

/**
 * The demo district's award campaigns of 2024, written beside the role models (RoleModelDemoData): the district's
 * “两优一先” with quotas per street, and the “七一” commendation of the street with most models, with quotas per
 * community. The nominees are role models of the demo year (so the honours link to them and the role-model figures stay those of the report);
 * each nomination goes up its levels as a reviewer would take it: most are awarded, some stay pending at a level,
 * some are returned home and withdrawn. Deterministic: no randomness, the models in id order.
 */
final class AwardDemoData {
    static final String ACTOR = RoleModelDemoData.ACTOR;
    static final int YEAR = RoleModelDemoData.YEAR;
    /** Places per street of the district campaign: outstanding members, Party workers, advanced organizations. */
    static final int[] STREET_QUOTAS = {6, 2, 2};

    private final Recommendations recommendations;
    private final Honours honours;

    AwardDemoData(Recommendations recommendations, Honours honours) {
        this.recommendations = recommendations;
        this.honours = honours;
    }

    /** Writes both campaigns and their nominations in the caller's transaction; answers the records written. */
    int write(EntityManager em, Organization district, List<Organization> units) {
        List<Organization> streets = units.stream().filter(u -> u.parentId() != null && u.parentId() == district.id()
                && (u.unitType() == UnitType.STREET || u.unitType() == UnitType.PARK)).toList();
        if (streets.isEmpty()) {
            return 0;
        }
        int n = 0;
        CampaignEntity twoExcellent = campaign(em, YEAR + "年“两优一先”评选表彰", AwardKind.TWO_EXCELLENT_ONE_ADVANCED, district,
                "中共" + district.name() + "工作委员会", List.of(AwardCategory.values()), LocalDate.of(YEAR, 5, 6), LocalDate.of(YEAR, 6, 10));
        for (Organization street : streets) {
            for (int k = 0; k < AwardCategory.values().length; k++) {
                n += quota(em, twoExcellent, AwardCategory.values()[k], street, STREET_QUOTAS[k]);
            }
        }
        n += nominate(em, twoExcellent, models(em, district.path(), List.of(Tier.DISTRICT, Tier.STREET)), streets);
        // the “七一” commendation of the street holding most of the year's grassroots-tier models
        Organization first = streets.stream().max(java.util.Comparator.comparingInt((Organization s) -> models(em, s.path(),
                List.of(Tier.GRASSROOTS)).size())).orElseThrow();
        List<Organization> communities = units.stream().filter(u -> u.parentId() != null && u.parentId() == first.id()
                && Levels.isLevel(u.unitType())).toList();
        CampaignEntity julyFirst = campaign(em, YEAR + "年“七一”表彰", AwardKind.JULY_FIRST, first, "中共" + first.name() + "工作委员会",
                List.of(AwardCategory.OUTSTANDING_MEMBER, AwardCategory.OUTSTANDING_WORKER), LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR, 6, 20));
        for (Organization community : communities) {
            n += quota(em, julyFirst, AwardCategory.OUTSTANDING_MEMBER, community, 3)
                    + quota(em, julyFirst, AwardCategory.OUTSTANDING_WORKER, community, 1);
        }
        n += nominate(em, julyFirst, models(em, first.path(), List.of(Tier.GRASSROOTS)), communities);
        return n + 2;
    }

    private static CampaignEntity campaign(EntityManager em, String name, AwardKind kind, Organization organizer, String issuer,
                                           List<AwardCategory> categories, LocalDate opens, LocalDate closes) {
        CampaignEntity c = new CampaignEntity();
        c.name = name;
        c.kind = kind;
        c.year = YEAR;
        c.organizationId = organizer.id();
        c.orgPath = organizer.path();
        c.issuer = issuer;
        c.level = Levels.tierOf(organizer.unitType());
        c.categories = String.join(",", categories.stream().map(Enum::name).toList());
        c.opensOn = opens;
        c.closesOn = closes;
        c.createdAt = opens.minusDays(5).atTime(9, 0);
        c.createdBy = ACTOR;
        em.persist(c);
        em.flush();
        return c;
    }

    private static int quota(EntityManager em, CampaignEntity c, AwardCategory category, Organization unit, int places) {
        QuotaEntity q = new QuotaEntity();
        q.campaignId = c.id;
        q.category = category;
        q.organizationId = unit.id();
        q.orgPath = unit.path();
        q.quota = places;
        em.persist(q);
        return 1;
    }

    /** The role models of the demo year in the subtree with one of the tiers, members and organizations, in id order. */
    private static List<ModelEntity> models(EntityManager em, String path, List<Tier> tiers) {
        return em.createQuery("SELECT m FROM ModelEntity m WHERE m.orgPath LIKE :path AND m.year = :year AND m.tier IN :tiers "
                        + "ORDER BY m.tier, m.id", ModelEntity.class).setParameter("path", path + "%").setParameter("year", YEAR)
                .setParameter("tiers", tiers).getResultList();
    }

    /**
     * Nominates models while the quota of their quota unit (one of {@code quotaUnits} above them) has room; the i-th
     * nomination of a campaign is awarded, except every fifth (pending at its last level but one) and every seventh
     * (returned home by the first level and withdrawn).
     */
    private int nominate(EntityManager em, CampaignEntity c, List<ModelEntity> models, List<Organization> quotaUnits) {
        Map<String, Integer> used = new HashMap<>();
        java.util.Set<String> nominated = new java.util.HashSet<>();
        Map<Long, Integer> places = new HashMap<>();
        em.createQuery("SELECT q FROM QuotaEntity q WHERE q.campaignId = :id", QuotaEntity.class).setParameter("id", c.id)
                .getResultList().forEach(q -> places.put(q.organizationId * 10 + q.category.ordinal(), q.quota));
        List<AwardCategory> categories = Campaigns.categories(c);
        int n = 0;
        int i = 0;
        for (ModelEntity m : models) {
            AwardCategory category = m.subjectKind == SubjectKind.ORGANIZATION ? AwardCategory.ADVANCED_ORGANIZATION
                    : i % 4 == 3 && categories.contains(AwardCategory.OUTSTANDING_WORKER) ? AwardCategory.OUTSTANDING_WORKER
                    : AwardCategory.OUTSTANDING_MEMBER;
            Organization quotaUnit = quotaUnits.stream().filter(u -> m.orgPath.startsWith(u.path()) && !m.orgPath.equals(u.path()))
                    .findFirst().orElse(null);
            if (!categories.contains(category) || quotaUnit == null) {
                continue;
            }
            Integer room = places.get(quotaUnit.id() * 10 + category.ordinal());
            String key = quotaUnit.id() + "/" + category;
            // a member with two models of the year is nominated once
            String subject = m.subjectKind + ":" + (m.memberId == null ? m.organizationId : m.memberId);
            if (room == null || used.getOrDefault(key, 0) >= room || !nominated.add(subject)) {
                continue;
            }
            used.merge(key, 1, Integer::sum);
            n += review(em, c, m, category, i++);
        }
        return n;
    }

    /** One nomination and its steps, dated inside the campaign's window and after it. */
    private int review(EntityManager em, CampaignEntity c, ModelEntity m, AwardCategory category, int i) {
        NominationEntity n = new NominationEntity();
        n.campaignId = c.id;
        n.category = category;
        n.subjectKind = m.subjectKind;
        n.memberId = m.memberId;
        n.name = m.name;
        n.organizationId = m.organizationId;
        n.orgPath = m.orgPath;
        n.field = m.field;
        n.deeds = m.deeds;
        LocalDateTime at = c.opensOn.plusDays(i % 20).atTime(10, 0);
        n.createdAt = at;
        n.createdBy = ACTOR;
        n.status = NominationStatus.RETURNED;
        em.persist(n);
        em.flush();
        List<Long> reviewers = new ArrayList<>(NominationFlow.reviewers(recommendations.chain(m.orgPath).stream()
                .filter(l -> l.unitId() != m.organizationId).toList(), c.organizationId));
        int records = 1 + step(em, n, NominationAction.SUBMIT, reviewers, n.organizationId, null, at);
        int approvals = approvals(i, reviewers.size());
        if (approvals < 0) {
            at = at.plusDays(3);
            records += step(em, n, NominationAction.RETURN, reviewers, n.pendingUnitId, "事迹材料不够具体，请补充后再报送", at);
            return records + step(em, n, NominationAction.WITHDRAW, reviewers, n.organizationId, null, at.plusDays(2));
        }
        for (int k = 0; k < approvals; k++) {
            at = at.plusDays(4);
            records += step(em, n, NominationAction.APPROVE, reviewers, n.pendingUnitId, k == reviewers.size() - 1 ? "同意表彰" : "同意推荐", at);
        }
        if (n.status == NominationStatus.AWARDED) {
            honours.award(em, c, n, ACTOR, c.closesOn.plusDays(18));
            records++;
        }
        return records;
    }

    /**
     * How many levels approve the i-th nomination of a campaign with that many reviewers: all (awarded), one less for
     * every fifth (pending at the level before the organizer; a single reviewer awards it), -1 for every seventh
     * (returned home by the first level, then withdrawn).
     */
    static int approvals(int i, int reviewers) {
        if (i % 7 == 6) {
            return -1;
        }
        return i % 5 == 4 && reviewers > 1 ? reviewers - 1 : reviewers;
    }

    private static int step(EntityManager em, NominationEntity n, NominationAction action, List<Long> reviewers, long unitId,
                            String opinion, LocalDateTime at) {
        NominationFlow.Outcome outcome = NominationFlow.next(n.status, action, reviewers, n.pendingUnitId);
        n.status = outcome.status();
        n.pendingUnitId = outcome.pendingUnitId();
        n.pendingSince = outcome.pendingUnitId() == null ? null : at;
        NominationStepEntity s = new NominationStepEntity();
        s.nominationId = n.id;
        s.action = action;
        s.unitId = unitId;
        s.toUnitId = outcome.pendingUnitId();
        s.opinion = opinion;
        s.actor = ACTOR;
        s.at = at;
        em.persist(s);
        return 1;
    }
}
