package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's part of the Jinan High-tech Zone demo dataset: every building of core's demo district gets a profile
 * (舜华路街道's on 舜华路, 章锦街道's and 汉峪金谷's on 经十路), its enterprises (core's units under it) move in with
 * their coverage (own organization where core gave them one, else mostly the building's joint branch), a few earlier
 * tenants moved out; the report's 10 demonstration buildings get a committee with members, meetings and decisions in
 * 2023–2024, their designation (2024) and assessment; a few other buildings a committee too. Seeded, written in one
 * transaction, only when no building of the copy has a profile yet (idempotent). Every copy of the demo district
 * ({@code demoCopies}) gets the same part with the same seed: its buildings sort by code as copy 1's do, and every
 * unique value hangs on a building's id. The module is enabled for each copy's district unless someone decided
 * otherwise there.
 */
@Component(service = DemoDataContributor.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + BuildingsModule.ID)
public class BuildingsDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(BuildingsDemoData.class);
    static final String ACTOR = "demo-data";
    static final int YEAR = 2024;
    private static final long SEED = 20_241_007L;

    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final ModuleEnablement enablement;
    /** The business districts and 两新 management, loaded after the profiles they draw on. */
    private final JointWorkDemoData jointWork;

    @Activate
    public BuildingsDemoData(@Reference(target = BuildingsModule.UNIT) JpaTemplate jpa,
                             @Reference(target = BuildingsModule.SCHEMA) ModuleSchema schema,
                             @Reference OrganizationService organizations, @Reference ModuleEnablement enablement,
                             @Reference JointWorkDemoData jointWork) {
        this.jpa = jpa;
        this.jointWork = jointWork;
        this.organizations = organizations;
        this.enablement = enablement;
    }

    @Override
    public int order() {
        return 120;
    }

    /** One building of the demo with what the load needs of core: its parent's name and its enterprises. */
    private record Planned(Organization building, String parentName, List<Organization> enterprises) {
    }

    @Override
    public int contribute(DemoCopy copy) {
        Organization district = copy.district();
        List<Organization> buildings = new ArrayList<>(organizations.search(new OrganizationQuery(null, district.id(),
                UnitType.BUILDING, null, null, null), PageRequest.of(0, PageRequest.MAX_SIZE)).items());
        if (buildings.isEmpty()) {
            LOG.warn("Buildings demo data: core's demo district {} has no buildings; nothing loaded", district.code());
            return 0;
        }
        if (enablement.enableUnlessDecided(BuildingsModule.ID, district.id())) {
            LOG.info("Buildings demo data: module enabled for the demo district {} ({})", district.name(), district.code());
        }
        // codes differ between copies only by the root's prefix, so every copy's buildings come in the same order
        buildings.sort(Comparator.comparing(Organization::code));
        List<Planned> planned = new ArrayList<>();
        Map<Long, String> parents = new HashMap<>();
        for (Organization b : buildings) {
            String parent = parents.computeIfAbsent(b.parentId(), id -> organizations.find(id).map(Organization::name).orElse(""));
            List<Organization> enterprises = organizations.children(b.id()).stream()
                    .filter(o -> o.unitType() == UnitType.ENTERPRISE).sorted(Comparator.comparing(Organization::code)).toList();
            planned.add(new Planned(b, parent, enterprises));
        }
        // this copy's profiles only: another copy loaded before must not make this one skip
        boolean loaded = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(b) FROM BuildingEntity b WHERE b.orgPath LIKE :under", Long.class)
                .setParameter("under", district.path() + "%").getSingleResult() > 0);
        if (loaded) {
            return jointWork.contribute(district);
        }
        int rows = jpa.txExpr(TransactionType.Required, em -> load(em, planned));
        LOG.info("Buildings demo data: {} buildings of {} with their enterprises, committees and demonstration buildings", rows,
                district.code());
        return rows + jointWork.contribute(district);
    }

    private static Belt belt(String parentName) {
        return DemoBuildings.SHUNHUA.contains(parentName) ? Belt.SHUNHUA : DemoBuildings.JINGSHI.contains(parentName) ? Belt.JINGSHI : Belt.NONE;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String person(Random random) {
        return pick(random, DemoBuildings.SURNAMES) + pick(random, DemoBuildings.GIVEN);
    }

    private static LocalDate day(Random random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(days <= 0 ? 0 : (long) random.nextInt((int) days + 1));
    }

    private int load(EntityManager em, List<Planned> planned) {
        Random random = new Random(SEED);
        LocalDateTime now = UtcTimes.now();
        int number = 0;
        for (Planned p : planned) {
            Organization b = p.building();
            boolean demonstration = DemoBuildings.DEMONSTRATION.contains(b.name());
            Belt belt = belt(p.parentName());
            BuildingEntity profile = new BuildingEntity();
            profile.buildingId = b.id();
            profile.orgPath = b.path();
            profile.belt = belt;
            profile.address = (belt == Belt.JINGSHI ? "经十路" : belt == Belt.SHUNHUA ? "舜华路" : "新泺大街") + (1000 + 37 * ++number) + "号";
            profile.floors = demonstration ? 24 + random.nextInt(15) : 12 + random.nextInt(16);
            profile.areaSqm = (double) Math.round(profile.floors * (1500 + random.nextInt(1500)));
            profile.propertyManager = pick(random, DemoBuildings.PROPERTY);
            profile.updatedAt = now;
            profile.updatedBy = ACTOR;
            em.persist(profile);
            tenancies(em, random, p, profile, now);
            if (demonstration || random.nextInt(4) == 0) {
                committee(em, random, p, demonstration, now);
            }
        }
        em.flush();
        return planned.size();
    }

    private void tenancies(EntityManager em, Random random, Planned p, BuildingEntity profile, LocalDateTime now) {
        Organization b = p.building();
        LocalDate opened = b.foundedOn() == null ? LocalDate.of(2010, 1, 1) : b.foundedOn();
        int room = 0;
        for (Organization e : p.enterprises()) {
            TenancyEntity t = new TenancyEntity();
            t.buildingId = b.id();
            t.orgPath = b.path();
            t.enterpriseId = e.id();
            t.enterpriseName = e.name();
            t.floorNo = 2 + random.nextInt(profile.floors - 1);
            t.room = t.floorNo + String.format("%02d", ++room);
            boolean own = e.partyOrgType() != null && e.partyOrgType() != PartyOrgType.NONE;
            if (own) {
                t.coverage = Coverage.OWN_ORGANIZATION;
                t.coveringOrgId = e.id();
                t.fullMembers = 3 + random.nextInt(20);
            } else if (random.nextInt(100) < 80) {
                t.coverage = Coverage.JOINT_BRANCH;
                t.coveringOrgId = b.id();
                t.fullMembers = random.nextInt(100) < 15 ? 3 + random.nextInt(2) : random.nextInt(3);
            } else {
                t.coverage = Coverage.NONE;
                t.fullMembers = random.nextInt(100) < 20 ? 3 : random.nextInt(3);
                t.instructorName = random.nextBoolean() ? person(random) : null;
            }
            LocalDate founded = e.foundedOn() == null ? opened : e.foundedOn();
            LocalDate from = founded.isAfter(opened) ? founded : opened;
            t.movedIn = day(random, from.isAfter(LocalDate.of(2024, 6, 30)) ? LocalDate.of(2024, 6, 30) : from, LocalDate.of(2024, 6, 30));
            t.updatedAt = now;
            t.updatedBy = ACTOR;
            em.persist(t);
        }
        int former = random.nextInt(3);
        for (int i = 0; i < former; i++) {
            TenancyEntity t = new TenancyEntity();
            t.buildingId = b.id();
            t.orgPath = b.path();
            t.enterpriseName = pick(random, DemoBuildings.FORMER_TENANTS);
            t.floorNo = 2 + random.nextInt(profile.floors - 1);
            t.room = t.floorNo + String.format("%02d", ++room);
            t.coverage = random.nextBoolean() ? Coverage.JOINT_BRANCH : Coverage.NONE;
            t.coveringOrgId = t.coverage == Coverage.JOINT_BRANCH ? b.id() : null;
            t.fullMembers = random.nextInt(3);
            t.movedIn = day(random, LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31));
            t.movedOut = day(random, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 11, 30));
            t.moveOutReason = pick(random, DemoBuildings.MOVE_OUT_REASONS);
            t.updatedAt = now;
            t.updatedBy = ACTOR;
            em.persist(t);
        }
    }

    private void committee(EntityManager em, Random random, Planned p, boolean demonstration, LocalDateTime now) {
        Organization b = p.building();
        CommitteeEntity c = new CommitteeEntity();
        c.buildingId = b.id();
        c.orgPath = b.path();
        c.name = b.name() + "楼委会";
        c.establishedOn = day(random, LocalDate.of(2022, 3, 1), LocalDate.of(2023, 3, 31));
        c.createdAt = now;
        c.createdBy = ACTOR;
        em.persist(c);
        em.flush();
        LocalDate termTo = c.establishedOn.plusYears(3);
        member(em, c, person(random), MemberSide.PARTY_ORGANIZATION, b.name() + "党组织", CommitteePost.DIRECTOR, termTo, now);
        member(em, c, person(random), MemberSide.PROPERTY_MANAGEMENT, pick(random, DemoBuildings.PROPERTY), CommitteePost.DEPUTY_DIRECTOR, termTo, now);
        int fromEnterprises = Math.min(p.enterprises().size(), 3 + random.nextInt(3));
        for (int i = 0; i < fromEnterprises; i++) {
            member(em, c, person(random), MemberSide.ENTERPRISE, p.enterprises().get(i).name(), CommitteePost.MEMBER, termTo, now);
        }
        // quarterly meetings from the committee's first full quarter; demonstration buildings meet through 2024
        int meetings = demonstration ? 6 : 2 + random.nextInt(3);
        LocalDate quarter = LocalDate.of(2023, 4, 1);
        for (int q = 0; q < meetings; q++) {
            LocalDate start = quarter.plusMonths(3L * q);
            MeetingEntity m = new MeetingEntity();
            m.committeeId = c.id;
            m.buildingId = b.id();
            m.orgPath = b.path();
            m.heldOn = day(random, start, start.plusDays(20));
            m.topic = pick(random, DemoBuildings.TOPICS);
            m.attendees = 5 + random.nextInt(6);
            m.minutes = "会议由楼委会主任主持，" + m.attendees + "名委员及企业代表参加，围绕“" + m.topic + "”议定事项并明确责任人和完成时限。";
            m.recordedAt = now;
            m.recordedBy = ACTOR;
            em.persist(m);
            em.flush();
            int decisions = 1 + random.nextInt(3);
            for (int i = 0; i < decisions; i++) {
                decision(em, random, m, p, now);
            }
        }
        if (demonstration) {
            Set<Criterion> criteria = EnumSet.allOf(Criterion.class);
            if (random.nextInt(3) == 0) {
                criteria.remove(Criterion.SERVICE);
            }
            List<String> tasks = new ArrayList<>(DemoBuildings.UPGRADE_TASKS);
            java.util.Collections.shuffle(tasks, random);
            DemonstrationEntity d = Demonstrations.createIn(em, b, day(random, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30)),
                    criteria, tasks.subList(0, 3), ACTOR);
            Demonstrations.assessIn(em, d, YEAR, 82 + random.nextInt(17), "年度考核：楼委会运行规范，党组织覆盖持续提升。", ACTOR);
        }
    }

    private static void member(EntityManager em, CommitteeEntity c, String name, MemberSide side, String represents, CommitteePost post,
                               LocalDate termTo, LocalDateTime now) {
        CommitteeMemberEntity m = new CommitteeMemberEntity();
        m.committeeId = c.id;
        m.buildingId = c.buildingId;
        m.orgPath = c.orgPath;
        m.personName = name;
        m.side = side;
        m.represents = represents.length() > 200 ? represents.substring(0, 200) : represents;
        m.post = post;
        m.termFrom = c.establishedOn;
        m.termTo = termTo;
        m.createdAt = now;
        m.createdBy = ACTOR;
        em.persist(m);
    }

    /** A decision due 1–3 months after its meeting; most are closed on time, some late, the latest still open. */
    private static void decision(EntityManager em, Random random, MeetingEntity m, Planned p, LocalDateTime now) {
        String owner = p.enterprises().isEmpty() || random.nextBoolean() ? "楼宇党组织书记" : "物业服务中心";
        DecisionEntity d = Decisions.createIn(em, m, pick(random, DemoBuildings.DECISIONS), owner,
                m.heldOn.plusMonths(1 + random.nextInt(3)), ACTOR, now);
        int roll = random.nextInt(100);
        if (d.dueOn.isAfter(LocalDate.of(2024, 12, 31)) && roll < 60) {
            d.status = roll < 30 ? DecisionStatus.OPEN : DecisionStatus.IN_PROGRESS;
        } else if (roll < 85) {
            d.status = DecisionStatus.DONE;
            d.doneOn = d.dueOn.minusDays(random.nextInt(20));
        } else {
            d.status = DecisionStatus.DONE;
            d.doneOn = d.dueOn.plusDays(3 + random.nextInt(25));
        }
        if (d.status != DecisionStatus.OPEN) {
            Decisions.step(em, d.id, DecisionStatus.OPEN, DecisionStatus.IN_PROGRESS, ACTOR, now);
        }
        if (d.status == DecisionStatus.DONE) {
            Decisions.step(em, d.id, DecisionStatus.IN_PROGRESS, DecisionStatus.DONE, ACTOR, now);
        }
        // the demo describes the past: nothing of it is notified as overdue today
        d.overdueNotifiedAt = d.status == DecisionStatus.DONE ? null : now;
    }
}
