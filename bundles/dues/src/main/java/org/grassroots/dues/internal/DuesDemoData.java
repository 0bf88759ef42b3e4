package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.security.PersonalDataProtection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's part of the demo district: a year (2024) of dues in a park (药谷产业园, employed members) and a rural
 * street (巨野河街道, farmer members): bases, exemptions and extras through the module's own services as the demo-data
 * caller, the twelve months played in memory and written with JDBC batches ({@link DemoYear}, a few seconds instead of
 * the minutes the services took for 47,040 dues). Bases from
 * each member's situation (困难党员 on living allowance, retired by post, village members farmers, the others
 * employed with seeded incomes), a few exemptions, every branch's months opened, paid in bulk on a collection day,
 * settled January to November with December still open; members who lost contact stop paying (six months and more
 * in a row get flagged), a few others miss a month and pay it back later, some pay voluntary extra dues in July.
 * Seeded, so every load is equal; nothing is counted here (the figures come from the statistics queries). Skipped
 * once the year's months are stored (one transaction); an interrupted load goes on where it stopped (bases and
 * exemptions skip what is stored, the months are all or nothing).
 * <p>
 * Written into every copy of the demo district (core's {@code demoCopies}) with the same seeds, so copy k's figures
 * equal the first copy's: the units are looked up within the copy and "stored?" looks at the copy's subtree. Nothing
 * needs a copy-specific value: the module's unique keys are member, unit and period, all of them the copy's own.
 */
@Component(service = DemoDataContributor.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + DuesModule.ID)
public class DuesDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(DuesDemoData.class);
    static final int YEAR = 2024;
    static final String ACTOR = "demo-data";
    /** The units whose year of dues the demo holds, as core's demo names them. */
    static final List<String> UNITS = List.of("药谷产业园", "巨野河街道");
    private static final String NEEDY = "困难党员";

    private final JpaTemplate jpa;
    private final OrganizationService organizations;
    private final ModuleEnablement enablement;
    private final DueLedger ledger;
    private final PersonalDataProtection personalData;
    private final Exemptions exemptions;
    private final DataSource dataSource;
    private final ArrearsFlags flags;
    private final Extras extras;

    @Activate
    public DuesDemoData(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference OrganizationService organizations,
                        @Reference ModuleEnablement enablement, @Reference DueLedger ledger,
                        @Reference PersonalDataProtection personalData,
                        @Reference Exemptions exemptions, @Reference Extras extras,
                        @Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                        @Reference ArrearsFlags flags) {
        this.jpa = jpa;
        this.organizations = organizations;
        this.enablement = enablement;
        this.ledger = ledger;
        this.personalData = personalData;
        this.exemptions = exemptions;
        this.dataSource = dataSource;
        this.flags = flags;
        this.extras = extras;
    }

    /** Last: the other modules' demo data need not wait for a year of dues of two units. */
    @Override
    public int order() {
        return 900;
    }

    @Override
    public int contribute(DemoCopy copy) {
        int added = 0;
        // every branch collects dues: the module is on for the whole demo district (unless an operator decided)
        enablement.enableUnlessDecided(DuesModule.ID, copy.district().id());
        for (int i = 0; i < UNITS.size(); i++) {
            Organization unit = unit(copy, UNITS.get(i));
            if (unit == null) {
                LOG.warn("Dues demo data: core's demo district {} has no unit {}; nothing loaded for it",
                        copy.district().code(), UNITS.get(i));
                continue;
            }
            enablement.enableUnlessDecided(DuesModule.ID, unit.id());
            // the months are written in one transaction: any month of the year means the whole year is stored
            long stored = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(m) FROM MonthEntity m "
                    + "WHERE m.orgPath LIKE :path AND m.period >= :january AND m.period <= :december", Long.class)
                    .setParameter("path", unit.path() + "%").setParameter("january", YEAR * 100 + 1)
                    .setParameter("december", YEAR * 100 + 12).getSingleResult());
            if (stored == 0) {
                // the same seed in every copy: copy k's figures equal the first copy's
                int dues = load(unit, new Random(YEAR * 100L + i));
                LOG.info("Dues demo data: {} ({}) with {} dues of {}", unit.name(), copy.district().code(), dues, YEAR);
                added += dues;
            }
        }
        return added;
    }

    /** The park or street of that name in this copy (every copy has one of the same name). */
    private Organization unit(DemoCopy copy, String name) {
        return organizations.search(new OrganizationQuery(name, copy.district().id(), null, null, null, null),
                        PageRequest.of(0, 10)).items().stream()
                .filter(o -> o.name().equals(name) && copy.holds(o)
                        && (o.unitType() == UnitType.PARK || o.unitType() == UnitType.STREET))
                .findFirst().orElse(null);
    }

    private int load(Organization unit, Random random) {
        long started = System.nanoTime();
        List<Member> below = List.copyOf(ledger.membersBelow(unit)); // read once: opening a month needs them in this order
        List<Member> people = new ArrayList<>(below);
        people.sort(Comparator.comparingLong(Member::id));
        Map<Long, Organization> units = new HashMap<>();
        people.forEach(m -> units.computeIfAbsent(m.organizationId(), organizations::get));
        long read = System.nanoTime();
        // bases of the year, what Bases.saveIn stores, in one JDBC batch; each step skips what an interrupted load stored
        List<DemoYear.DemoBase> rows = new ArrayList<>();
        jpa.tx(TransactionType.Required, em -> {
            java.util.Set<Long> based = new java.util.HashSet<>(em.createQuery("SELECT b.memberId FROM BaseEntity b "
                    + "WHERE b.orgPath LIKE :path AND b.year = :y", Long.class).setParameter("path", unit.path() + "%")
                    .setParameter("y", YEAR).getResultList());
            Map<DuesCategory, List<Band>> bands = new java.util.EnumMap<>(DuesCategory.class);
            for (Member m : people) {
                if (based.contains(m.id())) {
                    continue;
                }
                Organization org = units.get(m.organizationId());
                MemberReference ref = new MemberReference(m.id(), m.name(), m.organizationId(), org.path());
                Bases.Change change = base(m, org, random, ref);
                boolean byBase = change.category().byBase();
                BigDecimal monthly = BandRules.monthly(bands.computeIfAbsent(change.category(), c -> Bands.bands(em, c)),
                        change.base(), byBase ? null : change.fixed());
                rows.add(new DemoYear.DemoBase(ref, change.category(), byBase
                        ? personalData.encrypt(change.base().setScale(2).toPlainString()) : null, monthly));
            }
        });
        write(unit, c -> DemoYear.bases(c, rows));
        // about one in two hundred is exempt for a few months (serious illness, hardship)
        jpa.tx(TransactionType.Required, em -> {
            boolean stored = !em.createQuery("SELECT e.id FROM ExemptionEntity e WHERE e.orgPath LIKE :path", Long.class)
                    .setParameter("path", unit.path() + "%").setMaxResults(1).getResultList().isEmpty();
            for (Member m : people) {
                if (random.nextInt(200) == 0 && !stored) {
                    int from = 1 + random.nextInt(8);
                    MemberReference ref = new MemberReference(m.id(), m.name(), m.organizationId(), units.get(m.organizationId()).path());
                    exemptions.createIn(em, ref, YEAR * 100 + from, YEAR * 100 + from + 2 + random.nextInt(3),
                            random.nextBoolean() ? "身患重病，经支部委员会研究同意免交" : "家庭经济特别困难，经支部委员会研究同意免交", ACTOR);
                }
            }
        });
        long based = System.nanoTime();
        // who stops paying: members who lost contact stop in the first half year; a few others miss single months
        Map<Long, Integer> stopsIn = new HashMap<>();
        for (Member m : people) {
            if (m.status() == MemberStatus.LOST_CONTACT) {
                stopsIn.put(m.id(), 1 + random.nextInt(6));
            } else if (random.nextInt(150) == 0) {
                stopsIn.put(m.id(), 4 + random.nextInt(6));
            }
        }
        int count = year(unit, below, units, stopsIn, random);
        long collected = System.nanoTime();
        // voluntary extra dues around 1 July, one-off special dues are not part of 2024
        boolean extrasStored = jpa.txExpr(TransactionType.Supports, em -> !em.createQuery("SELECT e.id FROM ExtraEntity e "
                + "WHERE e.orgPath LIKE :path", Long.class).setParameter("path", unit.path() + "%").setMaxResults(1)
                .getResultList().isEmpty());
        for (Member m : people) {
            if (random.nextInt(40) == 0 && !extrasStored) {
                extras.create(new ExtraDraft(m.id(), ExtraKind.VOLUNTARY, BigDecimal.valueOf(50L * (1 + random.nextInt(6))),
                        LocalDate.of(YEAR, 7, 1), "庆祝建党103周年自愿多交党费"));
            }
        }
        LOG.info("Dues demo data: {}: members read {} ms, bases and exemptions {} ms, twelve months opened, paid and settled {} ms, extras {} ms",
                unit.name(), (read - started) / 1_000_000, (based - read) / 1_000_000, (collected - based) / 1_000_000, (System.nanoTime() - collected) / 1_000_000);
        return count;
    }

    /**
     * The twelve months, played in memory and written with JDBC batches in one transaction (all or nothing, so the
     * December check above finds either the whole year or none of it); the six-month flags are notified after.
     */
    private int year(Organization unit, List<Member> below, Map<Long, Organization> units, Map<Long, Integer> stopsIn,
                     Random random) {
        Map<Long, String> paths = new HashMap<>();
        units.forEach((id, o) -> paths.put(id, o.path()));
        DemoYear year = write(unit, c -> {
            DemoYear y = new DemoYear(c);
            long start = System.nanoTime();
            y.play(below, paths, stopsIn, random);
            long played = System.nanoTime();
            y.write();
            LOG.info("Dues demo data: {}: year played in {} ms, written in {} ms", unit.name(), (played - start) / 1_000_000,
                    (System.nanoTime() - played) / 1_000_000);
            return y;
        });
        long notified = System.nanoTime();
        year.flags.forEach(f -> flags.flag(f.monthId(), f.organizationId(), f.period(), f.rows(), f.names()));
        LOG.info("Dues demo data: {}: {} six-month flags notified in {} ms", unit.name(), year.flags.size(),
                (System.nanoTime() - notified) / 1_000_000);
        return year.dues;
    }

    /** Work on a JDBC connection of its own, in one transaction. */
    private <T> T write(Organization unit, DemoYear.Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.on(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Dues demo data of " + unit.name() + " not written", e);
        }
    }

    /**
     * The member's base of the year from their situation as core's lists show it (no birth date there: it is
     * personal data): retired by post, 困难党员 on living allowance, village members farmers, the others employed
     * with seeded incomes rounded to ten yuan.
     */
    private static Bases.Change base(Member m, Organization org, Random random, MemberReference ref) {
        String post = m.post() == null ? "" : m.post();
        DuesCategory category;
        BigDecimal base = null;
        BigDecimal fixed = null;
        if (m.tags().contains(NEEDY)) {
            category = DuesCategory.LIVING_ALLOWANCE;
        } else if (post.contains("退休") || post.contains("离休")) {
            category = DuesCategory.RETIRED;
            base = BigDecimal.valueOf(2500 + 10L * random.nextInt(550)).setScale(2);
        } else if (post.contains("学生")) {
            category = DuesCategory.STUDENT;
            fixed = new BigDecimal("0.50");
        } else if (org.unitType() == UnitType.VILLAGE && !post.contains("务工")) {
            category = DuesCategory.FARMER;
            fixed = random.nextBoolean() ? new BigDecimal("1.00") : new BigDecimal("0.50");
        } else {
            category = DuesCategory.EMPLOYED;
            // most earn 2,500 to 9,000 a month after tax, a few far more
            double income = 2500 + Math.abs(random.nextGaussian()) * 3000 + (random.nextInt(25) == 0 ? 10000 : 0);
            base = BigDecimal.valueOf(income).setScale(-1, RoundingMode.HALF_UP).setScale(2);
        }
        return new Bases.Change(ref, YEAR, category, base, false, fixed, null);
    }
}
