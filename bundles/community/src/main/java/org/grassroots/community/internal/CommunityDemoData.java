package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's part of the Jinan High-tech Zone demo district (demo mode), for the report's action 6: the "两委" team of
 * each of core's 48 communities, 21 of whose secretaries are changed in 2024 with the reason; the pairings of the
 * district's institutions and some enterprises with the communities (an older round ended at the end of 2023, the
 * adjusted one from 2024 covers all 48); members of the institutions registered with communities, with volunteer
 * posts and 2024 service hours (most confirmed, some rejected or still waiting); 暖新驿站 stations with monthly visits;
 * 凤凰国际社区 designated rider-friendly and another community's application waiting; events with their attendees and
 * micro-wishes ({@link DemoEvents}); the streets' 大工委 and communities' 大党委 with a joint meeting ({@link DemoCouncils}). Seeded, so every load is the same;
 * nothing is counted here: the figures come from the statistics queries. Skipped when the copy's team posts exist
 * (idempotent). Every copy of the demo district ({@code demoCopies}) gets the same part with the same seed, its units
 * looked up under the copy's district and sorted by code (codes differ between copies only by the root's prefix);
 * what the tables keep unique hangs on the copy's own units and members, and an event's sign-in code is drawn fresh.
 */
@Component(service = DemoDataContributor.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + CommunityModule.ID)
public class CommunityDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(CommunityDemoData.class);
    static final String ACTOR = "demo-data";
    static final int YEAR = 2024;
    /** The report's count of community secretaries adjusted in 2024. */
    static final int SECRETARY_CHANGES = 21;
    static final String RIDER_FRIENDLY = "凤凰国际社区";
    private static final List<String> REASONS = List.of("换届调整，优化班子结构", "工作调动", "到龄退休", "选优配强，跨社区交流任职");
    private static final List<String> POSTS = List.of("文明创建志愿者", "社区治理议事员", "关爱帮扶志愿者", "政策宣讲员", "平安巡逻志愿者");
    private static final List<String> ACTIVITIES = List.of("垃圾分类宣传", "独居老人走访", "文明交通劝导", "社区环境整治",
            "防诈骗宣讲", "四点半课堂辅导");
    private static final List<TeamPost> TEAM = List.of(TeamPost.SECRETARY, TeamPost.DEPUTY_SECRETARY, TeamPost.COMMITTEE_MEMBER,
            TeamPost.COMMITTEE_MEMBER, TeamPost.DIRECTOR);
    private static final int REGISTRATIONS_PER_INSTITUTION = 8;
    /** The institutions whose members register (the district's own and the first streets'). */
    private static final int REGISTERING_INSTITUTIONS = 40;

    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final MemberService members;
    private final ModuleEnablement enablement;
    private final Teams teams;
    private final Pairings pairings;
    private final Registrations registrations;
    private final Hours hours;
    private final Stations stations;
    private final RiderDesignations riders;
    private final Events events;

    @Activate
    public CommunityDemoData(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa, @Reference OrganizationService organizations,
                             @Reference MemberService members, @Reference ModuleEnablement enablement, @Reference Teams teams,
                             @Reference Pairings pairings, @Reference Registrations registrations, @Reference Hours hours,
                             @Reference Stations stations, @Reference RiderDesignations riders, @Reference Events events) {
        this.events = events;
        this.jpa = jpa;
        this.organizations = organizations;
        this.members = members;
        this.enablement = enablement;
        this.teams = teams;
        this.pairings = pairings;
        this.registrations = registrations;
        this.hours = hours;
        this.stations = stations;
        this.riders = riders;
    }

    /** Right after the modules at the default order: its figures are the report's, and loading takes seconds. */
    @Override
    public int order() {
        return 105;
    }

    @Override
    public int contribute(DemoCopy copy) {
        Organization root = copy.district();
        // this copy's posts only: another copy loaded before must not make this one skip
        boolean loaded = jpa.txExpr(TransactionType.Supports, em -> !em.createQuery(
                        "SELECT p.id FROM TeamPostEntity p WHERE p.orgPath LIKE :under", Long.class)
                .setParameter("under", root.path() + "%").setMaxResults(1).getResultList().isEmpty());
        int added = 0;
        if (!loaded) {
            List<Organization> communities = pairings.communities(root);
            List<Organization> institutions = organizations.search(new OrganizationQuery(null, root.id(), UnitType.INSTITUTION,
                    null, null, null), new PageRequest(0, 500, "code")).items();
            List<Organization> enterprises = organizations.search(new OrganizationQuery(null, root.id(), UnitType.ENTERPRISE,
                    null, null, null), new PageRequest(0, 60, "code")).items();
            Random random = new Random(YEAR * 6L);
            List<Organization> streets = organizations.search(new OrganizationQuery(null, root.id(), UnitType.STREET,
                    null, null, null), new PageRequest(0, 100, "code")).items();
            added = jpa.txExpr(TransactionType.Required, em -> load(em, communities, institutions, enterprises, random)
                    + DemoCouncils.load(em, members, streets, communities, ACTOR));
            LOG.info("Community demo data: {} rows for {} communities of {}", added, communities.size(), root.code());
        }
        enablement.enableUnlessDecided(CommunityModule.ID, root.id());
        return added;
    }

    private int load(EntityManager em, List<Organization> communities, List<Organization> institutions,
                     List<Organization> enterprises, Random random) {
        int rows = 0;
        for (int i = 0; i < communities.size(); i++) {
            Organization community = communities.get(i);
            rows += team(em, community, i, random);
            // the round before: paired from 2021, ended when the district adjusted the pairings at the end of 2023
            Organization partner = institutions.get(i % institutions.size());
            if (i % 4 == 0) {
                PairingEntity old = pairings.store(em, community, institutions.get((i + 7) % institutions.size()).id(),
                        LocalDate.of(2021, 3, 1), null, "党员志愿者、办公场地", "老旧小区改造协调", "共建文明楼院", ACTOR);
                old.status = PairingStatus.ENDED;
                old.endedOn = LocalDate.of(2023, 12, 31);
                old.endReason = "优化调整各单位对口社区";
                old.endedAt = old.createdAt;
                old.endedBy = ACTOR;
                rows++;
            }
            pairings.store(em, community, partner.id(), LocalDate.of(YEAR, 1, 1 + i % 28), LocalDate.of(2026, 12, 31),
                    "党员志愿者" + (5 + random.nextInt(20)) + "名、专业服务", "为老服务、儿童托管、环境整治", "“双报到”共建项目"
                            + (1 + random.nextInt(3)) + "个", ACTOR);
            rows++;
            if (i % 3 == 0 && !enterprises.isEmpty()) {
                pairings.store(em, community, enterprises.get(i % enterprises.size()).id(), LocalDate.of(YEAR, 3, 1), null,
                        "企业党员志愿服务队", "就业岗位、便民服务", "“红色物业”共建", ACTOR);
                rows++;
            }
            if (i % 4 == 1 || community.name().equals(RIDER_FRIENDLY)) {
                rows += station(em, community, random);
            }
            written(em);
        }
        for (int k = 0; k < Math.min(REGISTERING_INSTITUTIONS, institutions.size()); k++) {
            rows += registrations(em, institutions.get(k), communities, k, random);
            written(em);
        }
        rows += riderFriendly(em, communities);
        rows += DemoEvents.load(em, events, hours, communities, institutions, ACTOR);
        return rows;
    }

    /**
     * Sends what is written so far and lets go of it: the year is one transaction, and EclipseLink compares every
     * entity it manages at each flush (each registration looks for the member's active one first), so without letting
     * go the flushes grew with the load and took most of its time (JFR, stop 42).
     */
    private static void written(EntityManager em) {
        em.flush();
        em.clear();
    }

    /** Five posts from the community's own members; the first {@value #SECRETARY_CHANGES} change secretary in 2024. */
    private int team(EntityManager em, Organization community, int index, Random random) {
        List<Member> people = members.search(MemberQuery.inSubtree(community.id()), new PageRequest(0, 6, "id")).items();
        if (people.size() < TEAM.size() + 1) {
            return 0;
        }
        int rows = 0;
        TeamPostEntity secretary = null;
        for (int p = 0; p < TEAM.size(); p++) {
            TeamPostEntity post = teams.post(em, community, people.get(p).id(), TEAM.get(p), LocalDate.of(2021, 5, 10), null, ACTOR);
            if (p == 0) {
                secretary = post;
            }
            rows++;
        }
        if (index < SECRETARY_CHANGES) {
            LocalDate on = LocalDate.of(YEAR, 2 + index % 10, 1 + random.nextInt(27));
            Teams.close(secretary, on, REASONS.get(index % REASONS.size()), ACTOR);
            teams.post(em, community, people.get(TEAM.size()).id(), TeamPost.SECRETARY, on, secretary.id, ACTOR);
            rows++;
        }
        return rows;
    }

    /** Members of an institution register with communities, take posts and log 2024 hours. */
    private int registrations(EntityManager em, Organization institution, List<Organization> communities, int k, Random random) {
        List<Member> people = members.search(MemberQuery.inSubtree(institution.id()),
                new PageRequest(0, REGISTRATIONS_PER_INSTITUTION, "id")).items();
        int rows = 0;
        for (int j = 0; j < people.size(); j++) {
            MemberReference member = members.reference(people.get(j).id()).orElse(null);
            if (member == null || Registrations.active(em, member.id()) != null) {
                continue;
            }
            Organization community = communities.get((k * REGISTRATIONS_PER_INSTITUTION + j) % communities.size());
            RegistrationEntity r = registrations.store(em, member, community.id(), community.path(), POSTS.get(j % POSTS.size()),
                    LocalDate.of(YEAR, 1 + j % 6, 1 + random.nextInt(27)), ACTOR);
            rows++;
            for (int h = 0; h < 3; h++) {
                LocalDate served = r.registeredOn.plusDays(20L + 45L * h + random.nextInt(15));
                if (served.getYear() != YEAR) {
                    continue;
                }
                HoursEntity entry = hours.store(em, r, served, BigDecimal.valueOf(2 + random.nextInt(5)).divide(BigDecimal.valueOf(2)),
                        ACTIVITIES.get((j + h) % ACTIVITIES.size()), ACTOR);
                int fate = (j + h + k) % 10;
                if (fate < 8) {
                    entry.status = HoursStatus.CONFIRMED;
                } else if (fate == 8) {
                    entry.status = HoursStatus.REJECTED;
                    entry.rejectReason = "活动当日未签到，请补充证明";
                }
                if (entry.status != HoursStatus.SUBMITTED) {
                    entry.decidedAt = entry.submittedAt;
                    entry.decidedBy = ACTOR;
                }
                rows++;
            }
        }
        return rows;
    }

    private int station(EntityManager em, Organization community, Random random) {
        StationEntity s = stations.store(em, community, community.name() + "暖新驿站", community.name() + "党群服务中心一楼",
                "休息饮水、手机充电、热饭加热、应急药箱、法律咨询", "每天 8:00-22:00", LocalDate.of(2023, 6, 1 + random.nextInt(20)),
                ACTOR);
        int rows = 1;
        for (int m = 1; m <= 12; m++) {
            stations.store(em, s, YearMonth.of(YEAR, m), 80 + random.nextInt(180), ACTOR);
            rows++;
        }
        return rows;
    }

    private int riderFriendly(EntityManager em, List<Organization> communities) {
        int rows = 0;
        for (Organization c : communities) {
            if (c.name().equals(RIDER_FRIENDLY)) {
                RiderFriendlyEntity r = riders.store(em, c, EnumSet.allOf(RiderCriterion.class),
                        "驿站照片、骑手通行证发放台账、议事会会议记录、关爱帮扶走访记录", ACTOR);
                r.status = RiderStatus.DESIGNATED;
                r.designatedOn = LocalDate.of(YEAR, 9, 20);
                r.decidedAt = r.appliedAt;
                r.decidedBy = ACTOR;
                r.decisionNote = "“骑手友好社区”共建活动签约";
                rows++;
            }
        }
        Organization waiting = communities.stream().filter(c -> !c.name().equals(RIDER_FRIENDLY)).findFirst().orElse(null);
        if (waiting != null) {
            riders.store(em, waiting, EnumSet.of(RiderCriterion.STATION, RiderCriterion.REST, RiderCriterion.CARE),
                    "驿站运行台账", ACTOR);
            rows++;
        }
        return rows;
    }
}
