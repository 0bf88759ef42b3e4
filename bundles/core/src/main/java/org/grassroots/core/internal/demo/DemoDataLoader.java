package org.grassroots.core.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.Audit;
import org.grassroots.core.internal.MemberServiceImpl;
import org.grassroots.core.internal.OrganizationServiceImpl;
import org.grassroots.core.internal.persistence.MemberEntity;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the Jinan High-tech Zone demo district when {@code demo=true} in {@code etc/org.grassroots.core.cfg}.
 * Idempotent and resumable: units are written in one transaction, members in chunks, and members whose
 * ID number is already stored are skipped, so a restart after a crash completes the load instead of
 * duplicating it.
 */
@Component(service = DemoDataLoader.class, immediate = true, configurationPid = "org.grassroots.core",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DemoDataLoader.Config.class)
public class DemoDataLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int CHUNK = 2000;

    @ObjectClassDefinition(name = "grassroots core", description = "Core settings of the grassroots platform")
    public @interface Config {
        @AttributeDefinition(description = "Load the Jinan High-tech Zone demo district on first start")
        boolean demo() default false;

        @AttributeDefinition(description = "With demo on: the modules whose part of the demo is loaded, comma-separated "
                + "module ids, or * for every installed module (core's district is always loaded)")
        String demoModules() default "*";

        @AttributeDefinition(description = "With demo on: how many equal copies of the demo district to write under one "
                + "city unit (1 to 10; the benchmark's city scale uses 10). 1 is the demo district alone")
        int demoCopies() default 1;
    }

    private final JpaTemplate jpa;
    private final DataGenerationsImpl generations;
    private final OrganizationServiceImpl organizations;
    private final MemberServiceImpl members;
    private final Thread loader;
    private final DemoContributions contributions;
    private final boolean enabled;
    private final int copies;
    private volatile boolean stopping;
    private volatile boolean finished;

    @Activate
    public DemoDataLoader(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                          @Reference OrganizationServiceImpl organizations, @Reference MemberServiceImpl members,
                          @Reference DemoContributions contributions, @Reference DataGenerationsImpl generations,
                          Config config) {
        this.jpa = jpa;
        this.generations = generations;
        this.organizations = organizations;
        this.members = members;
        this.contributions = contributions;
        this.enabled = config.demo();
        this.copies = copies(config.demoCopies());
        this.loader = new Thread(() -> {
            if (config.demo()) {
                List<DemoCopy> districts = Actors.as("demo-data", this::load);
                // the modules' parts build on core's district: only now, in order, and later arrivals when they come
                if (!stopping) {
                    contributions.open(DemoContributions.moduleFilter(config.demoModules()), districts);
                }
            }
            finished = true;
        }, "grassroots-demo-data");
        loader.setDaemon(true);
        loader.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        loader.join(30_000);
    }

    /** Whether the demo load (if any) is over; the startup banner waits for it. */
    public boolean finished() {
        return finished;
    }

    /**
     * The demo's state for operators and tests: whether it is on, whether anything of it is still being written
     * (core's district, or a module's part, which a module installed later adds when it arrives), and the modules'
     * parts by state.
     */
    public DemoStatus status() {
        if (!enabled) {
            return new DemoStatus(false, false, List.of(), List.of(), List.of());
        }
        DemoContributions.DemoProgress progress = contributions.progress();
        boolean loading = !finished || !progress.pending().isEmpty();
        return new DemoStatus(true, loading, progress.pending(), progress.loaded(), progress.failed());
    }

    /** The body of {@code GET /api/core/modules/demo-data}. */
    public record DemoStatus(boolean enabled, boolean loading, List<String> pending, List<String> loaded,
                             List<String> failed) {
    }

    /** {@code demoCopies}, or 1 (with an error in the log) when it is out of range. */
    private static int copies(int setting) {
        if (setting < 1 || setting > DemoDistrict.MAX_COPIES) {
            LOG.error("demoCopies={} in etc/org.grassroots.core.cfg is not between 1 and {}; the demo holds one district",
                    setting, DemoDistrict.MAX_COPIES);
            return 1;
        }
        return setting;
    }

    /** Writes what is missing of the demo's districts and answers them, first copy first. */
    private List<DemoCopy> load() {
        long started = System.currentTimeMillis();
        List<DemoDistrict> districts = new ArrayList<>();
        for (int copy = 1; copy <= copies; copy++) {
            districts.add(new DemoDistrict(copy, copies));
        }
        if (!complete()) {
            List<DemoUnit> units = new ArrayList<>();
            if (copies > 1) {
                units.add(cityUnit());
            }
            districts.forEach(d -> units.addAll(d.units()));
            Map<String, Long> ids = loadUnits(units);
            int added = 0;
            for (int i = 0; i < districts.size() && !stopping; i++) {
                added += loadMembers(districts.get(i), ids, (long) DemoDistrict.MEMBER_TOTAL * (i + 1));
            }
            LOG.info("Demo district ready ({} cop{}): {} units, {} members added in {} ms", copies,
                    copies == 1 ? "y" : "ies", ids.size(), added, System.currentTimeMillis() - started);
        } else {
            // every later start: a few counts instead of generating the district and reading every unit's code
            LOG.debug("Demo district already loaded");
        }
        List<DemoCopy> answer = new ArrayList<>();
        for (int copy = 1; copy <= copies; copy++) {
            Organization root = organizations.findByCode(DemoDistrict.rootCode(copy)).orElseThrow();
            answer.add(new DemoDistrictCopy(copy, copies, root));
        }
        return List.copyOf(answer);
    }

    /** The unit above the copies when there are several: a city with no members of its own. */
    private static DemoUnit cityUnit() {
        return new DemoUnit(DemoDistrict.CITY_CODE, null, new OrganizationDraft(DemoDistrict.CITY_CODE,
                DemoDistrict.CITY_NAME, null, UnitType.DISTRICT, PartyOrgType.WORKING_COMMITTEE, null, null,
                LocalDate.of(1991, 3, 6), "370100", OrgStatus.ACTIVE));
    }

    /** Whether every copy's units (by their code prefix) and at least the demo's number of members are stored. */
    private boolean complete() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            for (int copy = 1; copy <= copies; copy++) {
                if (em.createQuery("SELECT COUNT(o) FROM OrganizationEntity o WHERE o.code LIKE :demo", Long.class)
                        .setParameter("demo", DemoDistrict.rootCode(copy) + "%").getSingleResult()
                        < DemoDistrict.UNIT_TOTAL) {
                    return false;
                }
            }
            return em.createQuery("SELECT COUNT(m) FROM MemberEntity m", Long.class).getSingleResult()
                    >= (long) DemoDistrict.MEMBER_TOTAL * copies;
        });
    }

    private Map<String, Long> loadUnits(List<DemoUnit> units) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<String, Long> ids = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT o.code, o.id FROM OrganizationEntity o", Object[].class)
                    .getResultList()) {
                ids.put((String) row[0], (Long) row[1]);
            }
            int added = 0;
            Map<String, OrganizationEntity> created = new HashMap<>();
            OrganizationServiceImpl.BulkInsert bulk = organizations.bulkInsert(em);
            for (DemoUnit unit : units) {
                if (ids.containsKey(unit.code())) {
                    continue;
                }
                OrganizationEntity parent = unit.parentCode() == null ? null
                        : created.containsKey(unit.parentCode()) ? created.get(unit.parentCode())
                        : em.find(OrganizationEntity.class, ids.get(unit.parentCode()));
                OrganizationEntity entity = bulk.insert(unit.draft(), parent);
                created.put(unit.code(), entity);
                ids.put(unit.code(), entity.getId());
                added++;
            }
            if (added > 0) {
                generations.audit(em, "IMPORT", "organization", null, added + " demo units loaded");
                LOG.info("Demo district: {} units loaded", added);
            }
            return ids;
        });
    }

    /**
     * Writes what is missing of one district's members; {@code enough} is how many members the database holds once
     * this district's are in (the districts before it included).
     */
    private int loadMembers(DemoDistrict district, Map<String, Long> ids, long enough) {
        long present = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(m) FROM MemberEntity m", Long.class).getSingleResult());
        if (present >= enough) {
            // every later start: the demo is there, so skip generating and comparing 31,200 members
            return 0;
        }
        Set<String> stored = new HashSet<>(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT m.idNumberIndex FROM MemberEntity m", String.class).getResultList()));
        Iterator<DemoMember> pending = district.members()
                .filter(m -> !stored.contains(members.idNumberIndex(m.draft().idNumber()))).iterator();
        int added = 0;
        while (pending.hasNext() && !stopping) {
            List<DemoMember> chunk = new java.util.ArrayList<>(CHUNK);
            while (pending.hasNext() && chunk.size() < CHUNK) {
                chunk.add(pending.next());
            }
            jpa.tx(TransactionType.Required, em -> {
                for (DemoMember member : chunk) {
                    long organizationId = ids.get(member.organizationCode());
                    MemberEntity entity = members.insertValidated(em, member.draftFor(organizationId), organizationId);
                    String post = member.draft().post();
                    if (post != null && post.contains("书记") && !post.contains("副") && !post.contains("第一书记")) {
                        OrganizationEntity organization = em.find(OrganizationEntity.class, organizationId);
                        if (organization.getSecretaryId() == null) {
                            organization.assignSecretary(entity.getId());
                        }
                    }
                }
                generations.audit(em, "IMPORT", MemberServiceImpl.TYPE_NAME, null, chunk.size() + " demo members loaded");
            });
            added += chunk.size();
            LOG.info("Demo district: {} members loaded so far", stored.size() + added);
        }
        return added;
    }
}
