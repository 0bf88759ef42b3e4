package org.grassroots.rolemodel.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.rolemodel.internal.ContactPoints.Checked;
import org.grassroots.rolemodel.internal.Levels.Level;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's part of the demo district (2024): the 41 district-level direct contact points the report names (and two
 * that ended in 2023, which the year's figure must not count), each with a few contact records; the "十百千工程"
 * role models approved level by level (10 at district, 100 at street, 1,000 at grassroots level), at every stage
 * of the lifecycle with their tracking, publicity and learning records, a few recommendations still pending or
 * returned and models not recommended yet; service records of the two campaigns. Written through the services'
 * own steps, seeded; nothing is counted here (the figures come from the statistics queries). Skipped once the
 * contact points are there.
 * <p>
 * Written into every copy of the demo district ({@code demoCopies}): everything is taken from the copy's subtree and
 * seeded as for the first copy, so every copy's figures equal the first's. The module's tables keep nothing unique
 * across units (contact points may not overlap per unit only), so the copies need no other difference.
 */
@Component(service = DemoDataContributor.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + RoleModelModule.ID)
public class RoleModelDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(RoleModelDemoData.class);
    static final int YEAR = 2024;
    static final String ACTOR = "demo-data";
    static final int CONTACT_POINTS = 41;
    static final int[] TIERS = {10, 100, 1000};
    private static final List<String> TITLES = List.of("党工委书记", "党工委副书记", "党工委委员、党群工作部部长", "管委会主任",
            "管委会副主任", "党工委委员、纪工委书记", "管委会副主任", "党工委委员");

    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final MemberService members;
    private final ModuleEnablement enablement;
    private final RoleModels models;
    private final Recommendations recommendations;
    private final Trackings trackings;
    private final ModelActivities activities;
    private final ContactPoints points;
    private final ServiceRecords services;
    private final AwardDemoData awards;

    @Activate
    public RoleModelDemoData(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa, @Reference OrganizationService organizations,
                             @Reference MemberService members, @Reference ModuleEnablement enablement, @Reference RoleModels models,
                             @Reference Recommendations recommendations, @Reference Trackings trackings,
                             @Reference ModelActivities activities, @Reference ContactPoints points, @Reference ServiceRecords services,
                             @Reference Honours honours) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.members = members;
        this.enablement = enablement;
        this.models = models;
        this.recommendations = recommendations;
        this.trackings = trackings;
        this.activities = activities;
        this.points = points;
        this.services = services;
        this.awards = new AwardDemoData(recommendations, honours);
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public int contribute(DemoCopy copy) {
        Organization district = copy.district();
        enablement.enableUnlessDecided(RoleModelModule.ID, district.id());
        long stored = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(p) FROM ContactPointEntity p WHERE p.orgPath LIKE :path", Long.class)
                .setParameter("path", district.path() + "%").getSingleResult());
        if (stored > 0) {
            return 0;
        }
        Random random = new Random(YEAR * 17L);
        List<Organization> units = new ArrayList<>(organizations.subtree(district.id(), 10));
        units.sort(Comparator.comparing(Organization::code));
        Map<Long, Organization> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        // one transaction around the three parts (theirs join it): a load cut short leaves nothing, so the check above
        // (contact points, written last) never skips a half-written year
        int added = jpa.txExpr(TransactionType.Required, em -> {
            int n = models(units, byId, random);
            n += awards.write(em, district, units);
            written(em);
            return n + contactPoints(district, units, random) + services(units, random);
        });
        LOG.info("Role-model demo data: {} records of {} in {}", added, YEAR, district.code());
        return added;
    }

    private int contactPoints(Organization district, List<Organization> units, Random random) {
        List<Member> leaders = new ArrayList<>();
        for (Organization dept : units) {
            if (dept.parentId() != null && dept.parentId() == district.id() && dept.unitType() == UnitType.INSTITUTION && leaders.size() < 8) {
                leaders.addAll(members.search(new MemberQuery(null, null, dept.id(), null, null, null), PageRequest.of(0, 1)).items());
            }
        }
        List<Organization> candidates = units.stream().filter(u -> u.unitType() == UnitType.VILLAGE || u.unitType() == UnitType.COMMUNITY
                || u.unitType() == UnitType.ENTERPRISE || u.unitType() == UnitType.BUILDING).toList();
        if (leaders.isEmpty() || candidates.size() < CONTACT_POINTS + 2) {
            LOG.warn("Role-model demo data: no district leaders or too few units for the contact points");
            return 0;
        }
        int step = candidates.size() / (CONTACT_POINTS + 2);
        return jpa.txExpr(TransactionType.Required, em -> {
            int n = 0;
            for (int i = 0; i < CONTACT_POINTS + 2; i++) {
                Organization unit = candidates.get(i * step);
                Member leader = leaders.get(i % leaders.size());
                boolean ended = i >= CONTACT_POINTS;
                LocalDate starts = ended ? LocalDate.of(2022, 3, 1) : LocalDate.of(2024, 1 + random.nextInt(3), 1 + random.nextInt(28));
                LocalDate ends = ended ? LocalDate.of(2023, 12, 31) : null;
                ContactPointEntity p = points.createIn(em, new Checked(unit, new org.grassroots.core.api.MemberReference(leader.id(),
                        leader.name(), leader.organizationId(), null), TITLES.get(i % TITLES.size()), starts, ends, null), ACTOR);
                n++;
                int visits = ended ? 0 : random.nextInt(4);
                for (int v = 0; v < visits; v++) {
                    LocalDate on = starts.plusDays(20 + random.nextInt(200));
                    ContactKind kind = ContactKind.values()[v % ContactKind.values().length];
                    points.addRecordIn(em, p, kind, on, "走访" + unit.name() + "，了解党建工作和发展情况",
                            kind == ContactKind.ISSUE ? "党群服务阵地活动场地不足" : null,
                            kind == ContactKind.FOLLOW_UP ? "协调街道解决活动场地" : null, ACTOR);
                    n++;
                }
            }
            return n;
        });
    }

    private int models(List<Organization> units, Map<Long, Organization> byId, Random random) {
        // candidate units by the tier their first levels give: grids under communities reach all three
        List<Organization> grids = units.stream().filter(u -> u.unitType() == UnitType.GRID).toList();
        Map<String, List<Level>> chains = new HashMap<>();
        List<Organization> deep = new ArrayList<>();
        for (Organization g : grids) {
            List<Level> chain = recommendations.chain(g.path());
            if (chain.size() >= 3 && chain.get(0).tier() == Tier.GRASSROOTS) {
                chains.put(g.path(), chain);
                deep.add(g);
            }
        }
        if (deep.isEmpty()) {
            LOG.warn("Role-model demo data: no grid under a community; no role models loaded");
            return 0;
        }
        List<Member> people = new ArrayList<>();
        for (int i = 0; i < Math.min(deep.size(), 60); i++) {
            people.addAll(members.search(new MemberQuery(null, null, deep.get(i).id(), null, null, null), PageRequest.of(0, 20)).items());
        }
        Map<Long, Organization> unitOf = new HashMap<>();
        deep.forEach(u -> unitOf.put(u.id(), u));
        int[] made = {0};
        // tiers: 0 district, 1 street, 2 grassroots; then pending (3), returned (4), not recommended (5)
        int[][] plan = {{0, TIERS[0]}, {1, TIERS[1]}, {2, TIERS[2]}, {3, 40}, {4, 10}, {5, 40}};
        int serial = 0;
        for (int[] part : plan) {
            for (int start = 0; start < part[1]; start += 100) {
                int end = Math.min(part[1], start + 100);
                int first = serial;
                int tier = part[0];
                int count = end - start;
                jpa.tx(TransactionType.Required, em -> {
                    for (int k = first; k < first + count; k++) {
                        Organization unit = deep.get(k % deep.size());
                        Member member = people.isEmpty() ? null : people.get(k % people.size());
                        boolean byMember = member != null && unitOf.containsKey(member.organizationId()) && k % 10 < 7;
                        Organization owner = byMember ? unitOf.get(member.organizationId()) : unit;
                        ModelField field = ModelField.values()[random.nextInt(ModelField.values().length)];
                        LocalDate found = LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(90));
                        ModelEntity m = models.createIn(em, byMember ? SubjectKind.MEMBER : SubjectKind.ORGANIZATION,
                                byMember ? member.id() : null, byMember ? member.name() : owner.name() + "党支部", owner, field, YEAR,
                                "在" + field.label() + "中表现突出，事迹经支部核实。", found, ACTOR);
                        lifecycle(em, m, member, random, found);
                        recommend(em, m, tier, chains.get(owner.path()) != null ? chains.get(owner.path()) : recommendations.chain(owner.path()));
                        made[0]++;
                    }
                    written(em);
                });
                serial += end - start;
            }
        }
        return made[0];
    }

    private void lifecycle(javax.persistence.EntityManager em, ModelEntity m, Member member, Random random, LocalDate found) {
        int stage = random.nextInt(10); // 0-1 discovered, 2-4 cultivating, 5-6 publicized, 7-9 learning
        if (stage < 2) {
            return;
        }
        LocalDate on = found.plusDays(15 + random.nextInt(30));
        step(em, m, StageAction.CULTIVATE, on);
        long responsible = member == null ? 0 : member.id();
        String responsibleName = member == null ? "支部书记" : member.name();
        trackings.recordIn(em, m, on.plusDays(10), responsible, responsibleName, "谈心谈话，了解工作进展，帮助解决困难",
                on.plusDays(70 + random.nextInt(60)), ACTOR);
        if (stage < 5) {
            return;
        }
        on = on.plusDays(60 + random.nextInt(60));
        activities.publicizeIn(em, m, m.name + "先进事迹", Channel.values()[random.nextInt(Channel.values().length)], on, null, ACTOR);
        step(em, m, StageAction.PUBLICIZE, on);
        if (stage < 7) {
            return;
        }
        on = on.plusDays(30 + random.nextInt(60));
        activities.learnIn(em, m, m.organizationId, m.orgPath, "学习" + m.name + "先进事迹", on, 20 + random.nextInt(60), ACTOR);
        step(em, m, StageAction.LEARN, on);
    }

    private static void step(javax.persistence.EntityManager em, ModelEntity m, StageAction action, LocalDate on) {
        Stage from = m.stage;
        m.stage = Lifecycle.next(from, action);
        switch (m.stage) {
            case CULTIVATING -> m.cultivatedOn = on;
            case PUBLICIZED -> m.publicizedOn = on;
            case LEARNING -> m.learningOn = on;
            default -> { }
        }
        RoleModels.step(em, m.id, action, from, m.stage, on, ACTOR, null);
    }

    /** Approves up to the level of the planned tier (0 district, 1 street, 2 grassroots), or leaves it pending or returned. */
    private void recommend(javax.persistence.EntityManager em, ModelEntity m, int plan, List<Level> chain) {
        if (plan == 5 || chain.isEmpty()) {
            return;
        }
        recommendations.decideIn(em, m, Decision.SUBMIT, null, false, ACTOR, false, chain, plan == 3);
        if (plan == 3) {
            return;
        }
        if (plan == 4) {
            recommendations.decideIn(em, m, Decision.RETURN, "事迹材料不够具体，请补充后再推荐", false, ACTOR, false, chain, false);
            return;
        }
        Tier target = Tier.values()[plan];
        for (Level level : chain) {
            boolean last = level.tier() == target;
            recommendations.decideIn(em, m, Decision.APPROVE, "同意推荐", last, ACTOR, false, chain, false);
            if (last) {
                return;
            }
        }
    }

    private int services(List<Organization> units, Random random) {
        List<Organization> hosts = units.stream().filter(u -> u.unitType() == UnitType.COMMUNITY || u.unitType() == UnitType.VILLAGE).toList();
        if (hosts.isEmpty()) {
            return 0;
        }
        String[][] deeds = {{"帮助独居老人代购生活用品", "独居老人"}, {"为居民义务维修家电", "社区居民"}, {"协助开展垃圾分类宣传", "小区居民"},
                {"帮扶困难群众办理救助申请", "困难群众"}, {"组织党员志愿者清理楼道", "楼栋居民"}, {"为企业职工宣讲惠企政策", "企业职工"}};
        return jpa.txExpr(TransactionType.Required, em -> {
            int n = 0;
            for (int i = 0; i < 600; i++) {
                Organization unit = hosts.get(random.nextInt(hosts.size()));
                String[] d = deeds[random.nextInt(deeds.length)];
                services.createIn(em, i % 3 == 0 ? Campaign.SHOW_IDENTITY : Campaign.PRACTICAL_THINGS, unit, null, null, d[0], d[1],
                        BigDecimal.valueOf(1 + random.nextInt(8)), LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365)), ACTOR);
                n++;
                if (n % 100 == 0) {
                    written(em);
                }
            }
            return n;
        });
    }

    /**
     * Sends what is written so far and lets go of it. The year is one transaction, and EclipseLink compares every
     * entity it manages at each flush (the recommendations flush once per decision): without letting go, the flushes
     * grew with the year's 2,000 records and took 96 % of the load's time (JFR, stop 42).
     */
    private static void written(javax.persistence.EntityManager em) {
        em.flush();
        em.clear();
    }
}
