package org.grassroots.core.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.PartyOrgType;

/**
 * The Jinan High-tech Zone (济南高新区) demo district: about 2,100 units, of which about 1,650 host a Party
 * organization, and {@value #MEMBER_TOTAL} members, as the 2024 work record describes the zone (1,600+
 * grassroots Party organizations, 30,000+ members, 147 villages, 48 communities, 10 demonstration buildings).
 * <p>
 * Everything is derived from {@link #SEED}: two instances produce equal units and equal member streams.
 * Units are built eagerly (they are few); members are generated lazily, one at a time, each time
 * {@link #members()} is called, so the 31,200 drafts are never all held in memory.
 * <p>
 * Every draft passes the core validators with today = {@link #REFERENCE_DATE}.
 */
public final class DemoDistrict {

    public static final long SEED = 20_241_231L;
    /** The date the data describes (the end of the report's year); no date in the data lies after it. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 12, 31);
    public static final int MEMBER_TOTAL = 31_200;
    /** How many units {@link #units()} holds (DemoDistrictTest checks it), so a start can tell without generating. */
    public static final int UNIT_TOTAL = 2_107;
    public static final String ROOT_CODE = DistrictLayout.ROOT_CODE;
    /** The 10 demonstration buildings (示范楼宇) of the 一纵一横 belt; each is a unit of type BUILDING. */
    public static final List<String> DEMONSTRATION_BUILDINGS = DistrictLayout.demonstrationBuildings();

    /** A Party branch needs at least three full members. */
    static final int MIN_MEMBERS_PER_ORGANIZATION = 3;
    /** Members have their own random stream, so that changing a member rule does not reshuffle the tree. */
    private static final long MEMBER_SEED = SEED + 1;
    /** At most this many copies ({@code demoCopies}): the benchmark's city is ten districts. */
    public static final int MAX_COPIES = 10;
    /** The unit above the copies when there are several. */
    public static final String CITY_CODE = "JNCS";
    public static final String CITY_NAME = "济南市（演示）";
    /** The provinces whose codes the copies' ID numbers carry, from the second copy on (the first keeps Shandong's). */
    private static final List<String> COPY_PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31");

    private final int copy;
    private final List<DemoUnit> units;
    private final List<MemberHost> hosts;

    /** The demo district itself, {@link #ROOT_CODE}, with no unit above it. */
    public DemoDistrict() {
        this(1, 1);
    }

    /**
     * Copy {@code copy} of {@code copies} (1-based): with one copy the demo district itself; with several, each copy
     * lies under the city unit {@link #CITY_CODE}, the first keeps {@link #ROOT_CODE} and its name, and the others
     * have their own root code and name and ID numbers of another province. Units, members and their order are
     * otherwise equal in every copy (same seeds), so a module's figures of any copy are those of the first.
     */
    public DemoDistrict(int copy, int copies) {
        if (copies < 1 || copies > MAX_COPIES || copy < 1 || copy > copies) {
            throw new IllegalArgumentException("copy " + copy + " of " + copies + " (at most " + MAX_COPIES + ")");
        }
        this.copy = copy;
        List<PlannedUnit> plan = new DistrictLayout(new SplittableRandom(SEED), rootCode(copy),
                copy == 1 ? DistrictLayout.ROOT_NAME : DistrictLayout.ROOT_NAME + "（副本" + copy + "）",
                copies == 1 ? null : CITY_CODE).plan();
        int[] counts = MemberAllocation.allocate(plan.stream().mapToInt(PlannedUnit::memberWeight).toArray(),
                MEMBER_TOTAL, MIN_MEMBERS_PER_ORGANIZATION);
        List<DemoUnit> demoUnits = new ArrayList<>(plan.size());
        List<MemberHost> memberHosts = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            PlannedUnit unit = plan.get(i);
            PartyOrgType partyOrgType = unit.partyOrgType() != null ? unit.partyOrgType() : partyOrgTypeFor(counts[i]);
            demoUnits.add(new DemoUnit(unit.code(), unit.parentCode(), new OrganizationDraft(unit.code(), unit.name(),
                    null, unit.unitType(), partyOrgType, unit.domain(), null, unit.foundedOn(), unit.divisionCode(),
                    OrgStatus.ACTIVE)));
            if (counts[i] > 0) {
                memberHosts.add(new MemberHost(unit.code(), unit.unitType(), partyOrgType, unit.profile(),
                        unit.tradeTag(), unit.hasFirstSecretary(), counts[i]));
            }
        }
        this.units = List.copyOf(demoUnits);
        this.hosts = List.copyOf(memberHosts);
    }

    /** The province digits of the ID numbers of copy {@code copy}'s members: Shandong's in the first. */
    public static String province(int copy) {
        return copy == 1 ? MemberFactory.SHANDONG : COPY_PROVINCES.get(copy - 2);
    }

    /** The root code of copy {@code copy}: {@link #ROOT_CODE} for the first, {@code JC02} … {@code JC10} after it. */
    public static String rootCode(int copy) {
        return copy == 1 ? ROOT_CODE : String.format("JC%02d", copy);
    }

    /**
     * The Party organization a unit without a fixed type sets up for its size, as the Party's rules on
     * grassroots organizations have it: a committee from 100 members, a general branch from 50, a branch below.
     */
    static PartyOrgType partyOrgTypeFor(int members) {
        if (members == 0) {
            return PartyOrgType.NONE;
        }
        return members >= 100 ? PartyOrgType.COMMITTEE
                : members >= 50 ? PartyOrgType.GENERAL_BRANCH : PartyOrgType.BRANCH;
    }

    /** Every unit, parents before their children, the root ({@link #ROOT_CODE}) first. */
    public List<DemoUnit> units() {
        return units;
    }

    /**
     * Every member, grouped by organization in the order of {@link #units()}. Each call starts a fresh,
     * identical sequence; the stream may be consumed once, sequentially or in parallel.
     */
    public Stream<DemoMember> members() {
        Spliterator<DemoMember> spliterator = Spliterators.spliterator(new MemberIterator(), MEMBER_TOTAL,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
        return StreamSupport.stream(spliterator, false);
    }

    /** How many members each Party organization gets, by unit code, in the order of {@link #units()}. */
    public Map<String, Integer> memberCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        hosts.forEach(h -> counts.put(h.code(), h.members()));
        return Collections.unmodifiableMap(counts);
    }

    /** Walks the hosts in order; the factory's state makes the sequence depend on that order. */
    private final class MemberIterator implements Iterator<DemoMember> {
        private final MemberFactory factory = new MemberFactory(MEMBER_SEED, REFERENCE_DATE, province(copy));
        private int host;
        private int indexInHost;

        @Override
        public boolean hasNext() {
            return host < hosts.size();
        }

        @Override
        public DemoMember next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            MemberHost current = hosts.get(host);
            DemoMember member = new DemoMember(current.code(), factory.create(current, indexInHost));
            if (++indexInHost == current.members()) {
                host++;
                indexInHost = 0;
            }
            return member;
        }
    }
}
