package org.grassroots.industrial.internal;

import org.grassroots.core.api.UtcTimes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.industrial.RequestAction;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's part of the Jinan High-tech Zone demo dataset, loaded when core's demo mode is on ({@code demo=true}
 * in {@code etc/org.grassroots.core.cfg}), contributed when core's demo loader calls it after its parks and members: for the report's three
 * industrial communities 智造谷, 药谷 and 算谷, the community, its grids (core's; created through core when a park
 * has none), the coverage of every enterprise, two grid workers per grid, the service catalog, a year (2024) of
 * requests driven through the real workflow (every state, ratings, reopened ones, some late) and activities, and the
 * module enabled for the parks. Seeded randomness, so every load is the same; nothing is counted here: the figures
 * come from the statistics queries. One transaction per park, skipped when the park's community exists (idempotent).
 * <p>
 * Written into every copy of the demo district ({@code demoCopies}): the parks are looked up within the copy, the
 * seeds are the first copy's, so every copy's figures are equal. Nothing of the module's own is unique across parks
 * (a community per park, a coverage per enterprise, a worker per grid and member), so the copies need no other
 * difference than their units.
 */
@Component(service = DemoDataContributor.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + IndustrialModule.ID)
public class IndustrialDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(IndustrialDemoData.class);
    static final String ACTOR = "demo-data";
    static final int YEAR = 2024;
    /** The parks of the report's industrial communities, as core's demo names them, with the community's name. */
    static final List<String[]> PARKS = List.of(new String[] {"智造谷产业园", "智造谷工业社区"},
            new String[] {"药谷产业园", "药谷工业社区"}, new String[] {"算谷产业园", "算谷工业社区"});

    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final MemberService members;
    private final ModuleEnablement enablement;
    private final AuditLog audit;
    private final Communities communities;
    private final Enterprises enterprises;
    private final GridWorkers workers;
    private final Catalog catalog;
    private final ServiceRequests requests;
    private final Activities activities;
    private final Escalations escalations;

    @Activate
    public IndustrialDemoData(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                              @Reference OrganizationService organizations, @Reference MemberService members,
                              @Reference ModuleEnablement enablement,
                              @Reference AuditLog audit, @Reference Communities communities,
                              @Reference Enterprises enterprises, @Reference GridWorkers workers,
                              @Reference Catalog catalog, @Reference ServiceRequests requests,
                              @Reference Activities activities, @Reference Escalations escalations) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.members = members;
        this.enablement = enablement;
        this.audit = audit;
        this.communities = communities;
        this.enterprises = enterprises;
        this.workers = workers;
        this.catalog = catalog;
        this.requests = requests;
        this.activities = activities;
        this.escalations = escalations;
    }

    /** Called by core's demo loader once its district (parks, grids, members) is stored, once per copy of it. */
    @Override
    public int contribute(DemoCopy copy) {
        int added = 0;
        for (int i = 0; i < PARKS.size(); i++) {
            Organization park = park(copy.district(), PARKS.get(i)[0]);
            if (park == null) {
                LOG.warn("Industrial demo data: core's demo has no park {} in {}; nothing loaded for it", PARKS.get(i)[0],
                        copy.district().code());
                continue;
            }
            boolean loaded = jpa.txExpr(TransactionType.Supports, em -> communities.byPark(em, park.id()) != null);
            if (!loaded) {
                String name = PARKS.get(i)[1];
                Random random = new Random(YEAR * 10L + i); // the same in every copy: copy k's figures equal copy 1's
                int count = jpa.txExpr(TransactionType.Required, em -> load(em, park, name, random));
                LOG.info("Industrial demo data: {} with {} requests", name, count);
                added += count;
            }
            // only while nobody decided anything on the park's path: an operator's choice survives restarts
            enablement.enableUnlessDecided(IndustrialModule.ID, park.id());
        }
        // the year's requests still open are long overdue: escalate them now rather than at the next periodic check
        while (escalations.check(UtcTimes.now()).escalated() == Escalations.BATCH) {
            LOG.debug("Industrial demo data: escalating more overdue requests");
        }
        return added;
    }

    /** The park of that name in the copy (every copy has one of the name). */
    private Organization park(Organization district, String name) {
        return organizations.search(new OrganizationQuery(name, district.id(), UnitType.PARK, null, null, null),
                PageRequest.of(0, 5)).items().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
    }

    private int load(EntityManager em, Organization park, String name, Random random) {
        var community = communities.createIn(em, park, name,
                "党组织统领、社区化服务、网格化治理：以" + park.name() + "党群服务中心为阵地，网格员联系服务园区企业。",
                park.name() + "党群服务中心", ACTOR);
        List<Organization> grids = grids(park);
        List<Long> serviceIds = catalog(em, park);
        Map<String, CategoryEntity> categories = new java.util.LinkedHashMap<>();
        em.createQuery("SELECT c FROM CategoryEntity c ORDER BY c.code", CategoryEntity.class).getResultList()
                .forEach(c -> categories.put(c.code, c));
        List<Long> parkEnterprises = new ArrayList<>();
        List<Long> parkWorkers = new ArrayList<>();
        int requestCount = 0;
        for (Organization grid : grids) {
            List<Member> gridMembers = members.search(MemberQuery.inSubtree(grid.id()), PageRequest.of(0, 40)).items();
            for (int w = 0; w < Math.min(2, gridMembers.size()); w++) {
                workers.assignIn(em, grid, gridMembers.get(w).id(), w == 0 ? WorkerRole.LEADER : WorkerRole.WORKER, ACTOR);
                parkWorkers.add(gridMembers.get(w).id());
            }
            List<Organization> units = organizations.search(new OrganizationQuery(null, grid.id(), UnitType.ENTERPRISE,
                    null, null, null), new PageRequest(0, 500, "code")).items();
            for (Organization enterprise : units) {
                parkEnterprises.add(enterprise.id());
                coverage(em, enterprise, grid, random);
                int n = requestsPerEnterprise(random);
                for (int r = 0; r < n; r++) {
                    request(em, enterprise, park, grid, categories, serviceIds, gridMembers, random);
                    requestCount++;
                }
            }
        }
        activities(em, park, grids, parkEnterprises, parkWorkers, random);
        audit.record("DEMO_LOAD", Communities.TYPE, community.id, name + ": " + grids.size() + " grids, "
                + parkEnterprises.size() + " enterprises, " + requestCount + " requests of " + YEAR, List.of());
        return requestCount;
    }

    /** Core's grids of the park; a park without grids gets four, created through core. */
    private List<Organization> grids(Organization park) {
        OrganizationQuery query = new OrganizationQuery(null, park.id(), UnitType.GRID, null, null, null);
        List<Organization> grids = organizations.search(query, new PageRequest(0, 100, "code")).items();
        if (!grids.isEmpty()) {
            return grids;
        }
        for (int g = 1; g <= 4; g++) {
            organizations.create(new org.grassroots.core.api.OrganizationDraft(park.code() + "-G" + String.format("%02d", g),
                    park.name() + "第" + "一二三四".charAt(g - 1) + "网格", park.id(), UnitType.GRID,
                    org.grassroots.core.api.PartyOrgType.BRANCH, org.grassroots.core.api.Domain.EMERGING, null,
                    LocalDate.of(2023, 3, 1), null, org.grassroots.core.api.OrgStatus.ACTIVE));
        }
        return organizations.search(query, new PageRequest(0, 100, "code")).items();
    }

    private static final List<String[]> SERVICES = List.of(
            new String[] {"惠企政策解读与申报辅导", "POLICY", "园区经济发展部"},
            new String[] {"项目审批全程代办", "APPROVAL", "园区政务服务中心"},
            new String[] {"人才招聘与用工对接", "TALENT", "园区人力资源部"},
            new String[] {"银企融资对接", "FINANCE", "园区财政金融部"},
            new String[] {"水电暖报修与配套协调", "FACILITIES", "园区物业服务中心"},
            new String[] {"企业党组织组建指导", "PARTY", "园区党群工作部"},
            new String[] {"知识产权与法律咨询", "OTHER", "园区企业服务联盟"});

    private List<Long> catalog(EntityManager em, Organization park) {
        List<Long> ids = new ArrayList<>();
        for (String[] s : SERVICES) {
            ids.add(catalog.createIn(em, park, s[0], s[1], s[2], park.name() + s[0]).id);
        }
        return ids;
    }

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";

    private void coverage(EntityManager em, Organization enterprise, Organization grid, Random random) {
        Coverage coverage;
        Long covering;
        if (enterprise.partyOrgType() != null && enterprise.partyOrgType().isPartyOrganization()) {
            coverage = Coverage.OWN_BRANCH;
            covering = enterprise.id();
        } else if (random.nextInt(100) < 82 && grid.partyOrgType() != null && grid.partyOrgType().isPartyOrganization()) {
            coverage = Coverage.JOINT_BRANCH;
            covering = grid.id();
        } else {
            coverage = Coverage.NONE;
            covering = null;
        }
        String contact = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
        String phone = "1" + (35 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
        enterprises.saveIn(em, null, new Enterprises.Change(enterprise, grid, coverage, covering, contact, phone), ACTOR);
    }

    /** 0 to 4 requests per enterprise in the year, two on average. */
    private static int requestsPerEnterprise(Random random) {
        int roll = random.nextInt(100);
        return roll < 15 ? 0 : roll < 40 ? 1 : roll < 70 ? 2 : roll < 90 ? 3 : 4;
    }

    private static final Map<String, List<String>> TITLES = Map.of(
            "POLICY", List.of("高新技术企业认定政策咨询", "研发费用加计扣除申报", "专精特新企业申报辅导", "稳岗补贴申领"),
            "APPROVAL", List.of("厂房扩建规划审批", "环评手续办理", "消防验收协调", "药品生产许可变更"),
            "TALENT", List.of("技术工人招聘对接", "高校毕业生引进", "人才公寓申请", "员工子女入学咨询"),
            "FINANCE", List.of("流动资金贷款对接", "知识产权质押融资", "科技成果转化基金申请"),
            "FACILITIES", List.of("厂区用电增容", "供水管道维修", "园区道路照明", "暖气不热报修", "货车停车位协调"),
            "PARTY", List.of("企业党支部组建指导", "党员组织关系转入", "主题党日活动场地"),
            "OTHER", List.of("商标侵权法律咨询", "周边交通拥堵反映", "企业食堂卫生检查"));
    private static final List<String> CATEGORY_WEIGHTS = List.of("POLICY", "POLICY", "POLICY", "APPROVAL", "APPROVAL",
            "TALENT", "TALENT", "TALENT", "FINANCE", "FACILITIES", "FACILITIES", "FACILITIES", "FACILITIES", "PARTY", "OTHER");
    private static final List<String> DEPARTMENTS = List.of("园区经济发展部", "园区政务服务中心", "园区人力资源部",
            "园区财政金融部", "园区物业服务中心", "园区党群工作部");

    /**
     * One request through the workflow. Most are rated; some stay at each earlier step (more of those late in the
     * year), some were reopened once; about one in six took longer than its deadline.
     */
    private void request(EntityManager em, Organization enterprise, Organization park, Organization grid,
                         Map<String, CategoryEntity> categories, List<Long> serviceIds, List<Member> gridMembers,
                         Random random) {
        String code = CATEGORY_WEIGHTS.get(random.nextInt(CATEGORY_WEIGHTS.size()));
        CategoryEntity category = categories.get(code);
        List<String> titles = TITLES.get(code);
        LocalDate day = LocalDate.of(YEAR, 1, 2).plusDays(random.nextInt(362));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        LocalDateTime at = day.atTime(1 + random.nextInt(8), random.nextInt(60));  // UTC, office hours in Beijing
        Long member = gridMembers.isEmpty() ? null : gridMembers.get(random.nextInt(Math.min(2, gridMembers.size()))).id();
        Long service = random.nextInt(100) < 60 ? serviceIds.get(CATEGORY_WEIGHTS.indexOf(code) % serviceIds.size()) : null;
        String title = titles.get(random.nextInt(titles.size()));
        ServiceRequestEntity r = requests.submitIn(em, enterprise, park.id(), grid.id(), category,
                service != null && serviceFits(code, service, serviceIds) ? service : null,
                title, "企业反映：" + title + "，请园区协调解决。", null, ACTOR, member, at);
        int stage = stage(day, random);
        if (stage < 1) {
            return;
        }
        at = at.plusHours(1 + random.nextInt(20));
        String department = DEPARTMENTS.get(Math.min(DEPARTMENTS.size() - 1, List.of("POLICY", "APPROVAL", "TALENT", "FINANCE", "FACILITIES", "PARTY").indexOf(code) < 0 ? 0
                : List.of("POLICY", "APPROVAL", "TALENT", "FINANCE", "FACILITIES", "PARTY").indexOf(code)));
        requests.stepIn(em, r, RequestAction.ASSIGN, new WorkflowStep(null, department, null, null, null, null, null), ACTOR, at);
        if (stage < 2) {
            return;
        }
        at = at.plusHours(1 + random.nextInt(24));
        requests.stepIn(em, r, RequestAction.START, null, ACTOR, at);
        if (stage < 3) {
            return;
        }
        boolean late = random.nextInt(100) < 16;
        at = resolveTime(r, at, late, random);
        requests.stepIn(em, r, RequestAction.RESOLVE, new WorkflowStep(null, null, "已协调" + department + "办理完毕，并电话回访企业。",
                null, null, null, null), ACTOR, at);
        if (stage == 4 && random.nextInt(100) < 30) {
            // the enterprise was not satisfied: reopened, taken up again and resolved (late this time)
            at = at.plusHours(2 + random.nextInt(48));
            requests.stepIn(em, r, RequestAction.REOPEN, new WorkflowStep(null, null, null, null, null,
                    "问题未彻底解决，企业申请重新办理。", null), ACTOR, at);
            if (random.nextInt(100) < 25) {
                return; // still reopened
            }
            at = at.plusHours(2 + random.nextInt(24));
            requests.stepIn(em, r, RequestAction.START, null, ACTOR, at);
            at = at.plusHours(4 + random.nextInt(72));
            requests.stepIn(em, r, RequestAction.RESOLVE, new WorkflowStep(null, null, "重新协调后办结。", null, null, null, null),
                    ACTOR, at);
            late = true;
        }
        if (stage < 4 || (day.getMonthValue() == 12 && random.nextBoolean())) {
            return; // resolved, not rated yet
        }
        at = at.plusHours(2 + random.nextInt(72));
        int rating = late ? 2 + random.nextInt(3) : (random.nextInt(100) < 70 ? 5 : 3 + random.nextInt(2));
        requests.stepIn(em, r, RequestAction.RATE, new WorkflowStep(null, null, null, rating,
                rating >= 4 ? "办理及时，非常满意。" : "基本解决，希望更快一些。", null, null), ACTOR, at);
    }

    /** How far a request got: 0 submitted … 3 resolved, 4 rated (or reopened); later in the year, less far. */
    private static int stage(LocalDate day, Random random) {
        int roll = random.nextInt(100);
        int open = day.getMonthValue() >= 12 ? 40 : day.getMonthValue() >= 11 ? 15 : 4;
        if (roll < open / 4) {
            return 0;
        }
        if (roll < open / 2) {
            return 1;
        }
        if (roll < open) {
            return 2;
        }
        return roll < open + 12 ? 3 : 4;
    }

    private static LocalDateTime resolveTime(ServiceRequestEntity r, LocalDateTime started, boolean late, Random random) {
        LocalDateTime due = r.dueAt;
        if (late) {
            return due.plusHours(4 + random.nextInt(24 * 6));
        }
        long hours = Math.max(1, java.time.Duration.between(started, due).toHours());
        LocalDateTime at = started.plusHours(1 + (long) (random.nextDouble() * hours * 0.9));
        return at.isAfter(due) ? due : at;
    }

    private static boolean serviceFits(String code, Long service, List<Long> serviceIds) {
        int index = serviceIds.indexOf(service);
        return index >= 0 && SERVICES.get(index)[1].equals(code);
    }

    private static final List<String[]> ACTIVITIES = List.of(
            new String[] {"EVENT", "惠企政策宣讲会", "党群服务中心报告厅"},
            new String[] {"EVENT", "春季人才招聘会", "园区人才服务大厅"},
            new String[] {"TRAINING", "企业党务工作者培训班", "党群服务中心培训室"},
            new String[] {"TRAINING", "安全生产专题培训", "党群服务中心培训室"},
            new String[] {"EVENT", "银企融资对接会", "园区会议中心"},
            new String[] {"EVENT", "\"我为企业办实事\"志愿服务日", "园区各网格"});

    private void activities(EntityManager em, Organization park, List<Organization> grids, List<Long> enterprisesOfPark,
                            List<Long> parkWorkers, Random random) {
        for (int i = 0; i < ACTIVITIES.size(); i++) {
            String[] a = ACTIVITIES.get(i);
            List<Long> taking = new ArrayList<>(enterprisesOfPark);
            java.util.Collections.shuffle(taking, random);
            taking = taking.subList(0, Math.min(taking.size(), 6 + random.nextInt(15)));
            List<Long> people = new ArrayList<>(parkWorkers);
            java.util.Collections.shuffle(people, random);
            people = people.subList(0, Math.min(people.size(), 4 + random.nextInt(10)));
            LocalDate on = LocalDate.of(YEAR, 3 + i + random.nextInt(2), 5 + random.nextInt(20));
            Organization host = a[1].contains("志愿") && !grids.isEmpty() ? grids.get(random.nextInt(grids.size())) : park;
            activities.createIn(em, host, new ActivityDraft(host.id(), ActivityKind.valueOf(a[0]), a[1],
                    park.name() + a[1], on, a[2], taking, people), ACTOR);
        }
    }
}
