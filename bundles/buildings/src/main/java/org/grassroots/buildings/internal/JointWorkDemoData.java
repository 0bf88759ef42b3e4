package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Domain;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.module.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's business districts and 两企三新 management, after the buildings' part ({@link BuildingsDemoData}): each
 * street or park on the belt leads a business district of its profiled buildings with quarterly joint meetings and a
 * yearly joint activity in 2023–2024; about four in five 两新 organizations are managed (a park's by the park's
 * 直属党委, a street's by the street's 综合党委, from 2023), the rest have none. Seeded; loaded once per copy of the
 * demo district, the same in every copy (business districts are unique per lead unit, management rows per
 * organization, so the copies' own units keep them apart). Called by {@link BuildingsDemoData} once the copy's
 * profiles are in (a contributor of its own could run before them).
 */
@Component(service = JointWorkDemoData.class)
public class JointWorkDemoData {
    private static final Logger LOG = LoggerFactory.getLogger(JointWorkDemoData.class);
    private static final long SEED = 20_241_108L;
    private static final LocalDate SET_UP = LocalDate.of(2023, 2, 20);
    private static final List<String> MEETING_TOPICS = List.of("商圈党建联席会议：季度共商", "商圈停车与交通共治", "商圈企业人才服务对接",
            "商圈职工关爱共建");
    private static final List<String> OUTCOMES = List.of("议定错峰停车共享方案", "建立商圈企业诉求共办清单", "共建职工之家一处",
            "联合开展人才政策宣讲");

    private final JpaTemplate jpa;
    private final OrganizationService organizations;

    @Activate
    public JointWorkDemoData(@Reference(target = BuildingsModule.UNIT) JpaTemplate jpa,
                             @Reference(target = BuildingsModule.SCHEMA) ModuleSchema schema,
                             @Reference OrganizationService organizations) {
        this.jpa = jpa;
        this.organizations = organizations;
    }

    /**
     * Loads the joint work of one copy of the demo district unless some is there already (looked for in the copy's
     * subtree only); answers the rows written.
     */
    public int contribute(Organization district) {
        String under = district.path() + "%";
        boolean loaded = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(d) FROM DistrictEntity d WHERE d.orgPath LIKE :under", Long.class).setParameter("under", under)
                .getSingleResult() + em.createQuery("SELECT COUNT(m) FROM ManagementEntity m WHERE m.orgPath LIKE :under", Long.class)
                .setParameter("under", under).getSingleResult() > 0);
        if (loaded) {
            return 0;
        }
        List<Organization> leaders = new ArrayList<>();
        List<Organization> twoNew = new ArrayList<>();
        for (UnitType type : List.of(UnitType.STREET, UnitType.PARK)) {
            leaders.addAll(all(new OrganizationQuery(null, district.id(), type, null, null, OrgStatus.ACTIVE)));
        }
        for (UnitType type : Management.TWO_NEW) {
            twoNew.addAll(all(new OrganizationQuery(null, district.id(), type, null, Domain.EMERGING, OrgStatus.ACTIVE)));
        }
        if (leaders.isEmpty()) {
            return 0;
        }
        // codes differ between copies only by the root's prefix: every copy draws its random numbers in the same order
        leaders.sort(Comparator.comparing(Organization::code));
        twoNew.sort(Comparator.comparing(Organization::code));
        int rows = jpa.txExpr(TransactionType.Required, em -> load(em, leaders, twoNew));
        LOG.info("Buildings demo data: {} business-district and 两新 management rows of {}", rows, district.code());
        return rows;
    }

    private List<Organization> all(OrganizationQuery query) {
        List<Organization> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            Page<Organization> page = organizations.search(query, PageRequest.of(p, PageRequest.MAX_SIZE));
            all.addAll(page.items());
            if (page.items().size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }

    private int load(EntityManager em, List<Organization> leaders, List<Organization> twoNew) {
        Random random = new Random(SEED);
        LocalDateTime now = UtcTimes.now();
        int rows = 0;
        for (Organization lead : leaders) {
            if (!DemoBuildings.SHUNHUA.contains(lead.name()) && !DemoBuildings.JINGSHI.contains(lead.name())) {
                continue;
            }
            List<Long> buildings = em.createQuery("SELECT b.buildingId FROM BuildingEntity b WHERE b.orgPath LIKE :under "
                    + "ORDER BY b.buildingId", Long.class).setParameter("under", lead.path() + "%").getResultList();
            if (buildings.isEmpty()) {
                continue;
            }
            DistrictEntity d = new DistrictEntity();
            d.leadOrgId = lead.id();
            d.orgPath = lead.path();
            d.name = lead.name().replace("街道", "") + "商圈";
            d.mechanism = "商圈党建联席会议每季度召开一次，成员楼宇轮值承办，共商停车、人才、职工关爱等共性事项。";
            d.establishedOn = SET_UP;
            d.createdAt = now;
            d.createdBy = BuildingsDemoData.ACTOR;
            em.persist(d);
            em.flush();
            rows++;
            for (Long building : buildings) {
                DistrictMemberEntity m = new DistrictMemberEntity();
                m.districtId = d.id;
                m.leadOrgId = d.leadOrgId;
                m.orgPath = d.orgPath;
                m.unitId = building;
                m.unitType = UnitType.BUILDING;
                m.joinedOn = SET_UP;
                m.createdAt = now;
                m.createdBy = BuildingsDemoData.ACTOR;
                em.persist(m);
                rows++;
            }
            for (int year = 2023; year <= 2024; year++) {
                for (int quarter = 0; quarter < 4; quarter++) {
                    rows += activity(em, d, random, LocalDate.of(year, 3 * quarter + 3, 10 + random.nextInt(10)),
                            ActivityKind.JOINT_MEETING, buildings, now);
                }
                rows += activity(em, d, random, LocalDate.of(year, 7, 1), ActivityKind.JOINT_ACTIVITY, buildings, now);
            }
        }
        for (Organization o : twoNew) {
            Organization manager = leaders.stream().filter(l -> o.path().startsWith(l.path())).findFirst().orElse(null);
            if (manager == null || random.nextInt(5) == 0) {
                continue; // about one in five has no managing committee yet: the view lists them
            }
            ManagementEntity m = new ManagementEntity();
            m.organizationId = o.id();
            m.activeOrganizationId = o.id();
            m.orgPath = o.path();
            m.committeeId = manager.id();
            m.kind = manager.unitType() == UnitType.PARK ? ManagerKind.DIRECT : ManagerKind.COMPREHENSIVE;
            m.since = LocalDate.of(2023, 1 + random.nextInt(12), 1);
            m.updatedAt = now;
            m.updatedBy = BuildingsDemoData.ACTOR;
            em.persist(m);
            rows++;
        }
        em.flush();
        return rows;
    }

    /** One joint meeting or activity with most of the member buildings present. */
    private static int activity(EntityManager em, DistrictEntity d, Random random, LocalDate on, ActivityKind kind,
                                List<Long> buildings, LocalDateTime now) {
        List<Long> present = buildings.stream().filter(b -> random.nextInt(10) < 8).collect(Collectors.toList());
        if (present.isEmpty()) {
            present.add(buildings.get(0));
        }
        DistrictActivityEntity a = new DistrictActivityEntity();
        a.districtId = d.id;
        a.leadOrgId = d.leadOrgId;
        a.orgPath = d.orgPath;
        a.kind = kind;
        a.heldOn = on;
        a.topic = kind == ActivityKind.JOINT_ACTIVITY ? "商圈“党建引领·楼宇共建”联建活动" : MEETING_TOPICS.get(random.nextInt(MEETING_TOPICS.size()));
        a.presentUnits = present.stream().map(String::valueOf).collect(Collectors.joining(","));
        a.participants = present.size() * (2 + random.nextInt(3)) + (kind == ActivityKind.JOINT_ACTIVITY ? 60 : 0);
        a.outcomes = OUTCOMES.get(random.nextInt(OUTCOMES.size()));
        a.recordedAt = now;
        a.recordedBy = BuildingsDemoData.ACTOR;
        em.persist(a);
        return 1;
    }
}
