package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's part of the Jinan High-tech Zone demo: the 28 approved practice teaching sites and the 4 published
 * boutique routes of the report (plus one site waiting for review and one rejected), the district's "新+" programs
 * of {@value #YEAR} with four held sessions for each of eight branches (attendance drawn with a seeded random, so
 * every load is the same), one cancelled and one planned session, members' self-study (mostly approved, some
 * pending), the annual requirement (district 32 hours, 遥墙街道 36) and one published online course
 * ({@link DemoCourses}). Nothing is counted here: the figures come from the statistics queries. Idempotent: each
 * part is skipped when its rows exist in the copy's subtree.
 * <p>
 * Written into every copy of the demo district ({@code demoCopies}): units are looked up by name within the copy, the
 * seeds are those of the first copy, so every copy's figures equal the first's. Nothing of the module's tables is
 * unique across units (no codes or numbers), so the copies need no other difference.
 */
@Component(service = DemoDataContributor.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + EducationModule.ID)
public class EducationDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(EducationDemoData.class);
    static final String ACTOR = "demo-data";
    static final int YEAR = 2024;
    private static final BigDecimal SESSION_HOURS = new BigDecimal("7.0");

    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final ModuleEnablement enablement;
    private final ModuleScope scope;
    private final Sites sites;
    private final Routes routes;
    private final Programs programs;
    private final Sessions sessions;
    private final Rosters rosters;
    private final Requirements requirements;

    @Activate
    public EducationDemoData(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                             @Reference OrganizationService organizations, @Reference ModuleEnablement enablement,
                             @Reference ModuleScopes scopes, @Reference Sites sites, @Reference Routes routes,
                             @Reference Programs programs, @Reference Sessions sessions, @Reference Rosters rosters,
                             @Reference Requirements requirements) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.enablement = enablement;
        this.scope = scopes.of(EducationModule.ID);
        this.sites = sites;
        this.routes = routes;
        this.programs = programs;
        this.sessions = sessions;
        this.rosters = rosters;
        this.requirements = requirements;
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public int contribute(DemoCopy copy) {
        Organization root = copy.district();
        enablement.enableUnlessDecided(EducationModule.ID, root.id());
        int added = 0;
        List<List<Long>> routeSites = new ArrayList<>();
        if (storedUnder(root, "EduSite") == 0) {
            added += jpa.txExpr(TransactionType.Required, em -> sitesAndRoutes(em, root, routeSites));
        }
        requirements.setIfAbsent(root, BigDecimal.valueOf(32), ACTOR);
        Organization yaoqiang = unit(root, "遥墙街道", UnitType.STREET);
        if (yaoqiang != null) {
            requirements.setIfAbsent(yaoqiang, BigDecimal.valueOf(36), ACTOR);
        }
        if (storedUnder(root, "EduSession") == 0) {
            added += sessionsOfYear(root);
        }
        if (storedUnder(root, "EduCourse") == 0) {
            added += jpa.txExpr(TransactionType.Required, em -> DemoCourses.write(em, root));
        }
        LOG.info("Education demo data: {} records added to {}", added, root.code());
        return added;
    }

    /** Rows of the entity in the copy's subtree: every copy is loaded on its own, so the check must not see the others. */
    private long storedUnder(Organization root, String entity) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(x) FROM " + entity
                + " x WHERE x.orgPath LIKE :path", Long.class).setParameter("path", root.path() + "%").getSingleResult());
    }

    private int sitesAndRoutes(EntityManager em, Organization root, List<List<Long>> routeSites) {
        Random random = new Random(YEAR);
        int n = 0;
        LocalDateTime proposed = LocalDateTime.of(YEAR, 3, 1, 9, 0);
        for (DemoSites.PlannedRoute route : DemoSites.ROUTES) {
            List<Long> ids = new ArrayList<>();
            for (DemoSites.Planned p : route.sites()) {
                ids.add(site(em, root, p, SiteStatus.APPROVED, proposed, random).id);
                n++;
            }
            routes.createIn(em, root, new RouteDraft(root.id(), route.name(), route.theme(), route.durationMinutes(),
                    route.schedule()), ids, ACTOR);
            routeSites.add(ids);
            n++;
        }
        site(em, root, DemoSites.WAITING, SiteStatus.PROPOSED, proposed.plusMonths(8), random);
        site(em, root, DemoSites.REJECTED, SiteStatus.REJECTED, proposed.plusMonths(2), random);
        return n + 2;
    }

    private SiteEntity site(EntityManager em, Organization root, DemoSites.Planned p, SiteStatus status,
                                     LocalDateTime at, Random random) {
        // the district hosts a site when the planned host (济南高新区, the first copy's root name) is not found in the copy
        Organization host = unit(root, p.host(), null);
        Organization unit = host == null ? root : host;
        double lon = 117.10 + random.nextInt(3000) / 10000.0;
        double lat = 36.62 + random.nextInt(1500) / 10000.0;
        String phone = "0531-8" + (1000000 + random.nextInt(8999999));
        SiteDraft draft = new SiteDraft(unit.id(), p.name(), p.category(), root.name() + unit.name() + "内", lon, lat,
                p.capacity(), "周一至周五 9:00-17:00（节假日预约开放）", "联络员", phone,
                p.name() + "：面向全区党员开放的现场教学点，可开展主题党日、现场教学和集中培训。");
        return sites.createIn(em, unit, draft, status, ACTOR, at);
    }

    /**
     * Four held sessions for each of eight branches, each organized by the branch's street or park. One
     * transaction: the figures show the whole year or nothing of it, never a part.
     */
    private int sessionsOfYear(Organization root) {
        List<Organization> targets = targets(root);
        List<Organization> organizers = targets.stream().map(target -> scope.nearest(target, UnitType.STREET)
                .or(() -> scope.nearest(target, UnitType.PARK)).orElse(root)).toList();
        return jpa.txExpr(TransactionType.Required, em -> {
            long[] programIds = {
                programs.createIn(em, root, new ProgramDraft(root.id(), "“新+”理论学习", "党的创新理论集中轮训", YEAR), ACTOR).id,
                programs.createIn(em, root, new ProgramDraft(root.id(), "“新+”实践课堂", "走进实践教学点和精品路线的现场教学", YEAR), ACTOR).id};
            List<Long> siteIds = em.createQuery("SELECT s.id FROM EduSite s WHERE s.status = :a AND s.orgPath LIKE :path ORDER BY s.id",
                    Long.class).setParameter("a", SiteStatus.APPROVED).setParameter("path", root.path() + "%").getResultList();
            List<Long> routeIds = em.createQuery("SELECT r.id FROM EduRoute r WHERE r.orgPath LIKE :path ORDER BY r.id", Long.class)
                    .setParameter("path", root.path() + "%").getResultList();
            int n = 0;
            for (int t = 0; t < targets.size(); t++) {
                n += branchYear(em, t, targets.get(t), organizers.get(t), programIds, siteIds, routeIds, new Random(YEAR * 100L + t));
            }
            return n;
        });
    }

    private int branchYear(EntityManager em, int t, Organization target, Organization organizer, long[] programIds,
                           List<Long> siteIds, List<Long> routeIds, Random random) {
        Map<Long, Rosters.Entry> roster = rosters.of(List.of(target.id()));
        int n = 0;
        for (int i = 0; i < 4; i++) {
            boolean practice = i % 2 == 1;
            LocalDateTime start = LocalDateTime.of(YEAR, 3 + 2 * i, 10 + t, 9, 0);
            Long site = practice && i == 1 && !siteIds.isEmpty() ? siteIds.get((t * 3) % siteIds.size()) : null;
            Long route = practice && i == 3 && !routeIds.isEmpty() ? routeIds.get(t % routeIds.size()) : null;
            String title = practice ? "“新+”实践课堂：" + (route != null ? "精品路线现场教学" : "走进实践教学点")
                    : "“新+”理论学习第" + (i / 2 + 1) + "讲";
            SessionEntity s = sessions.createIn(em, organizer, new SessionDraft(programIds[practice ? 1 : 0], organizer.id(),
                    title + "（" + target.name() + "）", start, start.plusHours(8), site, route, Math.max(roster.size(), 1),
                    SESSION_HOURS, List.of(target.id())), ACTOR);
            Map<Long, AttendanceStatus> marks = new java.util.HashMap<>();
            roster.keySet().forEach(m -> {
                double draw = random.nextDouble();
                marks.put(m, draw < 0.88 ? AttendanceStatus.PRESENT : draw < 0.93 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT);
            });
            sessions.record(em, s, roster, marks, ACTOR);
            s.status = i == 0 ? SessionStatus.ARCHIVED : SessionStatus.HELD;
            s.heldAt = start.plusHours(9).minusHours(8); // stored UTC: the evening of the day in China
            s.heldBy = ACTOR;
            n++;
        }
        if (t == 0 || t == 1) {
            LocalDateTime start = LocalDateTime.of(YEAR, t == 0 ? 6 : 12, t == 0 ? 20 : 28, 14, 30);
            SessionEntity extra = sessions.createIn(em, organizer, new SessionDraft(programIds[0], organizer.id(),
                    "“新+”专题党课（" + target.name() + "）", start, start.plusHours(3), null, null, Math.max(roster.size(), 1),
                    new BigDecimal("3.0"), List.of(target.id())), ACTOR);
            if (t == 0) {
                extra.status = SessionStatus.CANCELLED;
                extra.cancelReason = "气象部门发布暴雨预警，延期举办";
                extra.closedAt = UtcTimes.now();
                extra.closedBy = ACTOR;
            }
            n++;
        }
        for (Rosters.Entry e : roster.values()) {
            double draw = random.nextDouble();
            if (draw < 0.95) {
                boolean pending = draw >= 0.85;
                int halfHours = pending ? 4 : 4 + random.nextInt(9); // 2 to 6 hours
                selfStudy(em, e, LocalDate.of(YEAR, 1 + random.nextInt(11), 1 + random.nextInt(28)),
                        BigDecimal.valueOf(halfHours).divide(BigDecimal.valueOf(2)), pending);
                n++;
            }
        }
        return n;
    }

    private static void selfStudy(EntityManager em, Rosters.Entry e, LocalDate day, BigDecimal hours, boolean pending) {
        CreditEntity c = new CreditEntity();
        c.memberId = e.memberId();
        c.unitId = e.unitId();
        c.orgPath = e.path();
        c.source = CreditSource.SELF_STUDY;
        c.title = "“灯塔—党建在线”网络学习";
        c.studiedOn = day;
        c.hours = StudyHours.of(hours);
        c.status = pending ? CreditStatus.PENDING : CreditStatus.APPROVED;
        c.recordedAt = day.atTime(12, 0);
        c.recordedBy = ACTOR;
        if (!pending) {
            c.decidedAt = day.plusDays(3).atTime(2, 0);
            c.decidedBy = ACTOR;
        }
        em.persist(c);
    }

    /** The named villages 间家坊村 and 四风闸村, two more villages and four grids, by code. */
    private List<Organization> targets(Organization root) {
        List<Organization> targets = new ArrayList<>();
        for (String name : List.of("间家坊村", "四风闸村")) {
            Organization v = unit(root, name, UnitType.VILLAGE);
            if (v != null) {
                targets.add(v);
            }
        }
        for (UnitType type : List.of(UnitType.VILLAGE, UnitType.GRID)) {
            int wanted = type == UnitType.VILLAGE ? 2 : 4;
            for (Organization o : organizations.search(new OrganizationQuery(null, root.id(), type, null, null, null),
                    new PageRequest(0, 50, "code")).items()) {
                if (wanted > 0 && targets.stream().noneMatch(x -> x.id() == o.id())) {
                    targets.add(o);
                    wanted--;
                }
            }
        }
        return targets;
    }

    /** The unit of that name in the copy under {@code root} (every copy has one of each name). */
    private Organization unit(Organization root, String name, UnitType type) {
        return organizations.search(new OrganizationQuery(name, root.id(), type, null, null, null), PageRequest.of(0, 20))
                .items().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
    }
}
