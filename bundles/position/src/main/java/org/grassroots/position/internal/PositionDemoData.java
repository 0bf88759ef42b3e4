package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
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
 * The module's part of the demo district, driven through the module's own services as the demo-data caller, in one
 * transaction (all or nothing; skipped once positions exist): the matrix of positions (the district's centre, every
 * street and park, every community, the villages and the building the report names, five grid points of 智造谷),
 * the ten featured comprehensive positions of the report (四鹤山, 红核谷, 舜颖社区 …), the two standards, the 2024
 * assessments with their rectification items (most done, a few overdue), the featured positions' upgrade projects,
 * a year of monthly visits and
 * services at every position in use, their service catalogues, the featured positions' quarterly events with sign-ups
 * and sign-ins, the street and park centres' room bookings ({@link DemoActivities}), and the city system's acknowledgement of every position in use (the newest two communities and the grid points
 * are still planned and not yet recorded). Seeded, so every load is equal; nothing is counted here: the figures
 * [65 recorded, 10 featured] come from the statistics queries.
 * <p>
 * Written into every copy of the demo district ({@code demoCopies}), one copy at a time with the first copy's seeds,
 * so every copy's figures are equal: the units are looked up within the copy, and the two standards (unique by code
 * and version) take their code from the copy's district code ({@code JNGX-SQ}, {@code JC02-SQ} …) and their name
 * from its name, as each district issues its own; event codes are drawn fresh by the module anyway.
 */
@Component(service = DemoDataContributor.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + PositionModule.ID)
public class PositionDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(PositionDemoData.class);
    static final int YEAR = 2024;
    static final String ACTOR = "demo-data";
    /** Hosts of featured positions by unit name (四鹤山 and 红核谷 are placed in a village of 彩石 and 港沟). */
    static final List<String> FEATURED_UNITS = List.of("舜颖社区", "凤凰国际社区", "智造谷产业园", "药谷产业园", "算谷产业园",
            "间家坊村", "四风闸村", "博晶大厦");

    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final ModuleEnablement enablement;
    private final Positions positions;
    private final Standards standards;
    private final Assessments assessments;
    private final Rectifications rectifications;
    private final Upgrades upgrades;
    private final CitySync sync;
    private final Visits visitsService;
    private final DemoActivities activities;

    @Activate
    public PositionDemoData(@Reference(target = PositionModule.UNIT) JpaTemplate jpa, @Reference OrganizationService organizations,
                            @Reference ModuleEnablement enablement, @Reference Positions positions, @Reference Standards standards,
                            @Reference Assessments assessments, @Reference Rectifications rectifications, @Reference Upgrades upgrades,
                            @Reference CitySync sync, @Reference Visits visitsService, @Reference ServiceCatalogue catalogue,
                            @Reference Events events, @Reference EventAttendance attendance, @Reference Bookings bookings,
                            @Reference MemberService members) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.enablement = enablement;
        this.positions = positions;
        this.standards = standards;
        this.assessments = assessments;
        this.rectifications = rectifications;
        this.upgrades = upgrades;
        this.sync = sync;
        this.visitsService = visitsService;
        this.activities = new DemoActivities(catalogue, events, attendance, bookings, members);
    }

    @Override
    public int order() {
        return 130;
    }

    /** Called by core's demo loader once its district is stored, once per copy of it. */
    @Override
    public int contribute(DemoCopy copy) {
        Organization district = copy.district();
        enablement.enableUnlessDecided(PositionModule.ID, district.id());
        long stored = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(p) FROM PositionEntity p WHERE p.orgPath LIKE :under", Long.class)
                .setParameter("under", district.path() + "%").getSingleResult());
        if (stored > 0) {
            return 0;
        }
        int added = jpa.txExpr(TransactionType.Required, em -> load(em, district, new Random(YEAR * 31L)));
        LOG.info("Position demo data: {} positions of {} with their {} assessments and upgrades", added, district.code(), YEAR);
        use(district);
        return added;
    }

    /**
     * The positions' catalogues, events and room bookings, one small transaction per position in use or under
     * renovation (a short
     * persistence context each), on a seed of their own so the figures of the registry do not move.
     */
    private void use(Organization district) {
        // in use, or under renovation since its upgrade started in the year (it served all the same)
        List<Long> inUse = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT p.id FROM PositionEntity p "
                + "WHERE p.status IN :s AND p.orgPath LIKE :under ORDER BY p.id", Long.class)
                .setParameter("s", List.of(PositionStatus.IN_USE, PositionStatus.UNDER_RENOVATION))
                .setParameter("under", district.path() + "%").getResultList());
        Random random = new Random(YEAR * 37L);
        for (long id : inUse) {
            jpa.tx(TransactionType.Required, em -> {
                PositionEntity p = em.find(PositionEntity.class, id);
                activities.catalogue(p);
                if (p.featured == 1) {
                    activities.events(em, p, random);
                }
                if (p.level == PositionLevel.STREET_PARK) {
                    Organization host = organizations.get(p.organizationId);
                    List<Organization> bookers = units(host, UnitType.COMMUNITY);
                    activities.bookings(em, p, bookers.isEmpty() ? List.of(host) : bookers, random);
                }
            });
        }
        LOG.info("Position demo data: the catalogues, events and room bookings of {} positions in use", inUse.size());
    }

    private record Planned(Organization host, String name, boolean featured, boolean planned) {
    }

    private int load(EntityManager em, Organization district, Random random) {
        List<Planned> plan = plan(district);
        Standard community = standards.issue(DemoStandards.community(district));
        Standard emerging = standards.issue(DemoStandards.emerging(district));
        List<Position> created = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            created.add(positions.create(DemoPositions.draft(plan.get(i).host(), plan.get(i).name(), plan.get(i).featured(),
                    plan.get(i).planned(), i, random)));
        }
        for (Position p : created) {
            if (p.status() == PositionStatus.IN_USE) {
                Organization host = organizations.get(p.organizationId());
                boolean emergingField = host.unitType() == UnitType.PARK || host.unitType() == UnitType.BUILDING;
                assess(p, emergingField ? emerging : community, random);
                written(em);
            }
        }
        standards.issue(DemoStandards.communityVersion2(district));
        for (Position p : created) {
            if (p.status() == PositionStatus.IN_USE) {
                use(em, em.find(PositionEntity.class, p.id()), random);
                written(em);
            }
        }
        int order = 0;
        for (Position p : created) {
            if (p.featured()) {
                upgrade(p, order++, random);
            }
        }
        // the city system recorded every position in use (the planned ones are still to be sent)
        List<AckEntry> recorded = sync.export(district.id(), true).positions().stream()
                .filter(r -> !r.status().equals(PositionStatus.PLANNED.name()))
                .map(r -> new AckEntry(r.id(), r.version())).toList();
        sync.acknowledge(new CityAck("JN-2024-12", recorded));
        return created.size();
    }

    private void assess(Position p, Standard standard, Random random) {
        List<ScoreDraft> scores = new ArrayList<>();
        List<StandardItem> weak = new ArrayList<>();
        for (StandardItem item : standard.items()) {
            double share = p.featured() ? 0.9 + random.nextDouble() * 0.1 : 0.55 + random.nextDouble() * 0.45;
            BigDecimal score = item.weight().multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.HALF_UP);
            if (share < 0.7) {
                weak.add(item);
            }
            scores.add(new ScoreDraft(item.id(), score, share >= 0.9 ? "现场查看，资料齐全" : null, null));
        }
        LocalDate on = LocalDate.of(YEAR, 11, 4 + random.nextInt(20));
        Assessment a = assessments.create(new AssessmentDraft(p.id(), YEAR, standard.id(), on, "区党工委党群工作部评估组",
                p.featured() ? "特色鲜明，引领作用突出" : null, scores));
        for (StandardItem item : weak) {
            Rectification r = rectifications.create(new RectificationDraft(a.id(), "对照“" + item.text() + "”整改到位",
                    LocalDate.of(YEAR + 1, 3, 31), p.organizationName() + "党组织书记"));
            if (random.nextInt(100) < 85) {
                rectifications.done(r.id(), r.version(), new DoneDraft(LocalDate.of(YEAR + 1, 1 + random.nextInt(3), 1 + random.nextInt(28)),
                        "已按要求整改，经街道复核"));
            }
        }
    }

    /**
     * Sends what is written so far and lets go of it: the registry's year is one transaction, and EclipseLink compares
     * every entity it manages at each flush (each month's count looks for its row first), so without letting go the
     * flushes grew with the year's 1,500 counts and took three quarters of the load's time (JFR, stop 42).
     */
    private static void written(EntityManager em) {
        em.flush();
        em.clear();
    }

    /** A year of monthly use: two kinds of service per month, more at larger and featured positions, less in winter. */
    private void use(EntityManager em, PositionEntity p, Random random) {
        int base = switch (p.level) {
            case DISTRICT -> 900;
            case STREET_PARK -> 500;
            case VILLAGE_COMMUNITY -> 180;
            case GRID -> 40;
        } * (p.featured == 1 ? 2 : 1);
        ServiceType[] kinds = p.level == PositionLevel.STREET_PARK
                ? new ServiceType[] {ServiceType.CONVENIENCE, ServiceType.TRAINING}
                : new ServiceType[] {ServiceType.CONVENIENCE, ServiceType.PARTY_ACTIVITY};
        for (int month = 1; month <= 12; month++) {
            double season = month <= 2 || month == 12 ? 0.7 : 1.0;
            for (ServiceType kind : kinds) {
                int visits = (int) Math.round(base * season * (0.8 + random.nextDouble() * 0.4) / (kind == kinds[0] ? 1 : 3));
                visitsService.store(em, p, YEAR * 100 + month, kind, visits, Math.max(1, visits * 2 / 3), ACTOR);
            }
        }
    }

    /** The featured positions' projects: eight accepted in 2024, one completed awaiting acceptance, one in progress. */
    private void upgrade(Position p, int order, Random random) {
        LocalDate start = LocalDate.of(YEAR, 3 + random.nextInt(3), 1 + random.nextInt(28));
        Upgrade u = upgrades.create(new UpgradeDraft(p.id(), p.name() + "亲民化改造提升", "优化阵地布局、完善功能设置、统一标识，"
                + "同步建设线上阵地", BigDecimal.valueOf(300000L + 10000L * random.nextInt(170)), start, start.plusMonths(6)));
        u = upgrades.act(u.id(), u.version(), UpgradeAction.START, new StepDraft(start, "施工单位进场", null));
        u = upgrades.act(u.id(), u.version(), UpgradeAction.NOTE, new StepDraft(start.plusMonths(2), "主体改造完成，功能室布置中", null));
        if (order == 9) {
            return;
        }
        LocalDate done = start.plusMonths(5).plusDays(random.nextInt(20));
        u = upgrades.act(u.id(), u.version(), UpgradeAction.COMPLETE, new StepDraft(done, "改造完工，申请验收", null));
        if (order == 8) {
            return;
        }
        upgrades.act(u.id(), u.version(), UpgradeAction.ACCEPT, new StepDraft(done.plusDays(10 + random.nextInt(20)),
                "经区党工委党群工作部验收合格", null));
    }

    /** The matrix of positions, in a fixed order. */
    private List<Planned> plan(Organization district) {
        List<Planned> plan = new ArrayList<>();
        plan.add(new Planned(district, district.name() + "党群服务中心", false, false));
        List<Organization> streetsAndParks = new ArrayList<>(units(district, UnitType.STREET));
        streetsAndParks.addAll(units(district, UnitType.PARK));
        Set<String> featured = new HashSet<>(FEATURED_UNITS);
        for (Organization o : streetsAndParks) {
            plan.add(new Planned(o, o.name() + "党群服务中心", featured.contains(o.name()), false));
        }
        plan.add(new Planned(first(named(district, "彩石街道", UnitType.STREET), UnitType.VILLAGE), "“四鹤山”党群服务综合阵地", true, false));
        plan.add(new Planned(first(named(district, "港沟街道", UnitType.STREET), UnitType.VILLAGE), "红核谷党群服务综合阵地", true, false));
        plan.add(new Planned(named(district, "间家坊村", UnitType.VILLAGE), "间家坊村党群服务中心", true, false));
        plan.add(new Planned(named(district, "四风闸村", UnitType.VILLAGE), "四风闸村党群服务中心", true, false));
        plan.add(new Planned(named(district, "博晶大厦", UnitType.BUILDING), "博晶大厦楼宇党群服务站", true, false));
        List<Organization> communities = units(district, UnitType.COMMUNITY);
        List<Organization> ordinary = communities.stream().filter(c -> !featured.contains(c.name())).toList();
        Set<Organization> newest = new HashSet<>(ordinary.subList(ordinary.size() - 2, ordinary.size()));
        for (Organization c : communities) {
            plan.add(new Planned(c, c.name() + "党群服务中心", featured.contains(c.name()), newest.contains(c)));
        }
        for (Organization g : units(named(district, "智造谷产业园", UnitType.PARK), UnitType.GRID).subList(0, 5)) {
            plan.add(new Planned(g, g.name() + "党群服务点", false, true));
        }
        return plan;
    }

    private List<Organization> units(Organization under, UnitType type) {
        return organizations.search(new OrganizationQuery(null, under.id(), type, null, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE, "code")).items();
    }

    private Organization first(Organization under, UnitType type) {
        return organizations.search(new OrganizationQuery(null, under.id(), type, null, null, null), new PageRequest(0, 1, "code"))
                .items().get(0);
    }

    /** The unit of that name in the copy (every copy has one of the name). */
    private Organization named(Organization district, String name, UnitType type) {
        return organizations.search(new OrganizationQuery(name, district.id(), type, null, null, null), PageRequest.of(0, 10))
                .items().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("core's demo has no " + type + " " + name + " in " + district.code()));
    }
}
