package org.grassroots.core.internal.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.grassroots.core.api.Domain;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.Phones;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.internal.validation.MemberValidator;
import org.grassroots.core.internal.validation.OrganizationValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDistrictTest {

    private static final LocalDate TODAY = DemoDistrict.REFERENCE_DATE;

    private DemoDistrict district;
    private List<DemoUnit> units;
    private Map<String, DemoUnit> unitsByCode;
    private List<DemoMember> members;

    @BeforeAll
    void generateOnce() {
        district = new DemoDistrict();
        units = district.units();
        unitsByCode = new HashMap<>();
        units.forEach(u -> unitsByCode.put(u.code(), u));
        members = district.members().toList();
    }

    @Test
    void theImportTemplatesExamplesNameUnitsOfTheDemo() {
        String member = org.grassroots.core.internal.io.MemberColumns.EXAMPLE_ORGANIZATION;
        String parent = org.grassroots.core.internal.io.OrganizationColumns.EXAMPLE_PARENT;
        assertTrue(unitsByCode.containsKey(member), member);
        assertEquals(UnitType.COMMUNITY, unitsByCode.get(member).draft().unitType());
        assertTrue(unitsByCode.containsKey(parent), parent);
        assertTrue(!unitsByCode.containsKey(parent + "-G90"), "the example unit is new in the demo");
    }

    @Test
    void rootIsTheZonesWorkingCommittee() {
        DemoUnit root = units.get(0);
        assertAll(
                () -> assertEquals("JNGX", root.code()),
                () -> assertNull(root.parentCode()),
                () -> assertEquals("济南高新区", root.draft().name()),
                () -> assertEquals(UnitType.DISTRICT, root.draft().unitType()),
                () -> assertEquals(PartyOrgType.WORKING_COMMITTEE, root.draft().partyOrgType()),
                () -> assertEquals(1, units.stream().filter(u -> u.parentCode() == null).count()),
                () -> assertEquals(1, count(UnitType.DISTRICT)));
    }

    /** The loader skips a start's work by comparing counts with these constants, so they must be exact. */
    @Test
    void totalsMatchWhatIsGeneratedAndEveryCodeHasTheDemoPrefix() {
        assertEquals(DemoDistrict.UNIT_TOTAL, units.size());
        assertEquals(DemoDistrict.MEMBER_TOTAL, members.size());
        assertTrue(units.stream().allMatch(u -> u.code().startsWith(DemoDistrict.ROOT_CODE)));
    }

    @Test
    void codesAreUniqueAndParentsComeFirst() {
        Set<String> seen = new HashSet<>();
        for (DemoUnit unit : units) {
            assertEquals(unit.code(), unit.draft().code());
            assertNull(unit.draft().parentId(), unit.code());
            if (unit.parentCode() != null) {
                assertTrue(seen.contains(unit.parentCode()), unit.code() + " comes before its parent");
                assertTrue(unit.code().startsWith(unit.parentCode() + "-"), "readable code " + unit.code());
            }
            assertTrue(seen.add(unit.code()), "duplicate code " + unit.code());
        }
    }

    @Test
    void unitNamesAreUnique() {
        assertEquals(units.size(), units.stream().map(u -> u.draft().name()).distinct().count());
    }

    @Test
    void streetsAndParksAreThoseOfTheZone() {
        assertEquals(List.of("舜华路街道", "孙村街道", "巨野河街道", "遥墙街道", "临港街道", "章锦街道", "港沟街道", "彩石街道"),
                names(u -> u.draft().unitType() == UnitType.STREET));
        assertEquals(List.of("智造谷产业园", "药谷产业园", "算谷产业园", "齐鲁软件园", "汉峪金谷"),
                names(u -> u.draft().unitType() == UnitType.PARK));
        units.stream().filter(u -> u.draft().unitType() == UnitType.STREET || u.draft().unitType() == UnitType.PARK)
                .forEach(u -> assertEquals("JNGX", u.parentCode(), u.code()));
    }

    @Test
    void exactly147VillagesUnderStreets() {
        List<DemoUnit> villages = ofType(UnitType.VILLAGE);
        assertEquals(147, villages.size());
        for (DemoUnit village : villages) {
            assertEquals(UnitType.STREET, unitsByCode.get(village.parentCode()).draft().unitType(), village.code());
            assertEquals(Domain.RURAL, village.draft().domain());
            assertEquals(PartyOrgType.BRANCH, village.draft().partyOrgType());
            assertTrue(village.draft().name().endsWith("村"), village.draft().name());
        }
        assertTrue(names(u -> true).containsAll(List.of("间家坊村", "四风闸村")));
    }

    @Test
    void exactly48CommunitiesWithGrids() {
        List<DemoUnit> communities = ofType(UnitType.COMMUNITY);
        assertEquals(48, communities.size());
        for (DemoUnit community : communities) {
            assertEquals(UnitType.STREET, unitsByCode.get(community.parentCode()).draft().unitType());
            assertEquals(Domain.URBAN_COMMUNITY, community.draft().domain());
            assertTrue(units.stream().anyMatch(u -> community.code().equals(u.parentCode())
                    && u.draft().unitType() == UnitType.GRID), community.code() + " has grids");
        }
        assertTrue(names(u -> u.draft().unitType() == UnitType.COMMUNITY).containsAll(List.of("舜颖社区", "凤凰国际社区")));
    }

    @Test
    void tenDemonstrationBuildingsFromTheReport() {
        assertEquals(10, DemoDistrict.DEMONSTRATION_BUILDINGS.size());
        assertTrue(DemoDistrict.DEMONSTRATION_BUILDINGS.containsAll(List.of("博晶大厦", "互联网大健康")));
        List<String> buildings = names(u -> u.draft().unitType() == UnitType.BUILDING);
        assertTrue(buildings.containsAll(DemoDistrict.DEMONSTRATION_BUILDINGS), buildings.toString());
        assertTrue(buildings.size() > 10);
    }

    @Test
    void parksAreOrganisedInGridsWithEnterprises() {
        for (DemoUnit park : ofType(UnitType.PARK)) {
            List<DemoUnit> grids = units.stream()
                    .filter(u -> park.code().equals(u.parentCode()) && u.draft().unitType() == UnitType.GRID).toList();
            assertTrue(grids.size() >= 5, park.code());
            for (DemoUnit grid : grids) {
                assertTrue(units.stream().anyMatch(u -> grid.code().equals(u.parentCode())
                        && u.draft().unitType() == UnitType.ENTERPRISE), grid.code());
            }
        }
    }

    @Test
    void everyKindOfUnitIsPresent() {
        for (UnitType type : UnitType.values()) {
            assertTrue(count(type) > 0, type.name());
        }
        assertTrue(count(UnitType.ENTERPRISE) > 1000);
    }

    @Test
    void moreThan1600GrassrootsPartyOrganizations() {
        long partyOrganizations = units.stream().filter(u -> u.draft().partyOrgType().isPartyOrganization()).count();
        assertTrue(partyOrganizations >= 1600 && partyOrganizations <= 1700, String.valueOf(partyOrganizations));
        assertTrue(units.stream().anyMatch(u -> u.draft().partyOrgType() == PartyOrgType.NONE),
                "some small companies have no Party organization of their own");
    }

    @Test
    void everyUnitPassesTheValidator() {
        OrganizationValidator validator = new OrganizationValidator();
        List<String> failures = new ArrayList<>();
        for (DemoUnit unit : units) {
            List<FieldError> errors = validator.validate(unit.draftUnder(1L), TODAY);
            if (!errors.isEmpty()) {
                failures.add(unit.code() + " " + errors);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void exactlyTheAnnouncedNumberOfMembers() {
        assertEquals(DemoDistrict.MEMBER_TOTAL, members.size());
        assertTrue(members.size() >= 30_000);
        assertEquals(DemoDistrict.MEMBER_TOTAL, district.memberCounts().values().stream().mapToInt(i -> i).sum());
        assertEquals(DemoDistrict.MEMBER_TOTAL, district.members().count());
    }

    @Test
    void everyMemberPassesTheValidator() {
        MemberValidator validator = new MemberValidator();
        List<String> failures = new ArrayList<>();
        for (DemoMember member : members) {
            assertNull(member.draft().organizationId());
            List<FieldError> errors = validator.validate(member.draftFor(1L), TODAY);
            if (!errors.isEmpty() && failures.size() < 20) {
                failures.add(member.organizationCode() + " " + member.draft().idNumber() + " " + errors);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void idNumbersAreUnique() {
        Set<String> idNumbers = new HashSet<>();
        members.forEach(m -> assertTrue(idNumbers.add(m.draft().idNumber()), "duplicate " + m.draft().idNumber()));
    }

    @Test
    void membersBelongToPartyOrganizationsBelowTheRoot() {
        Map<String, Long> perUnit = members.stream().collect(groupingBy(DemoMember::organizationCode, counting()));
        for (Map.Entry<String, Long> entry : perUnit.entrySet()) {
            OrganizationDraft unit = unitsByCode.get(entry.getKey()).draft();
            assertTrue(unit.partyOrgType().isPartyOrganization(), entry.getKey());
            assertTrue(entry.getValue() >= DemoDistrict.MIN_MEMBERS_PER_ORGANIZATION, entry.getKey());
        }
        assertTrue(!perUnit.containsKey(DemoDistrict.ROOT_CODE), "the district root has no members of its own");
        long partyOrganizationsBelowRoot = units.stream()
                .filter(u -> u.draft().partyOrgType().isPartyOrganization() && u.parentCode() != null).count();
        assertEquals(partyOrganizationsBelowRoot, perUnit.size(), "every Party organization below the root has members");
        assertEquals(perUnit.keySet(), district.memberCounts().keySet());
    }

    @Test
    void partyOrganizationTypeFitsTheSizeWhereItIsNotFixed() {
        district.memberCounts().forEach((code, count) -> {
            DemoUnit unit = unitsByCode.get(code);
            if (unit.draft().unitType() == UnitType.ENTERPRISE || unit.draft().unitType() == UnitType.INSTITUTION) {
                assertEquals(DemoDistrict.partyOrgTypeFor(count), unit.draft().partyOrgType(), code);
            }
        });
    }

    @Test
    void membershipCategoriesAndStatusesHaveRealisticShares() {
        assertShare(m -> m.category() == MemberCategory.PROBATIONARY, 0.04, 0.06);
        assertShare(m -> m.status() == MemberStatus.LOST_CONTACT, 0.005, 0.015);
        assertShare(m -> m.status() == MemberStatus.FLOATING, 0.015, 0.025);
        assertShare(m -> m.status() == MemberStatus.NORMAL, 0.96, 0.98);
        assertShare(m -> "汉族".equals(m.ethnicity()), 0.97, 0.995);
        for (DemoMember member : members) {
            MemberDraft d = member.draft();
            if (d.category() == MemberCategory.FULL) {
                assertEquals(d.joinedOn().plusYears(1), d.fullMemberOn());
            } else {
                assertNull(d.fullMemberOn());
            }
            assertTrue(d.status() != MemberStatus.FLOATING || d.floatingDestination() != null);
            assertTrue(Phones.isMobile(d.phone()), d.phone());
            int birthYear = d.birthDate().getYear();
            assertTrue(birthYear >= 1950 && birthYear <= 2003, d.birthDate().toString());
            assertTrue(d.idNumber().startsWith("37"), "Shandong address code: " + d.idNumber());
        }
    }

    @Test
    void educationValuesAreTheUsualOnes() {
        Set<String> levels = new HashSet<>();
        members.forEach(m -> levels.add(m.draft().education()));
        assertEquals(Set.of("研究生", "大学本科", "大专", "中专", "高中", "初中", "小学"), levels);
    }

    @Test
    void tagsMarkNewEmploymentGroupsNeedyMembersAndFirstSecretaries() {
        Map<String, Long> tags = members.stream().flatMap(m -> m.draft().tags().stream()).collect(groupingBy(t -> t, counting()));
        for (String tag : List.of("骑手", "快递员", "网约车司机", "困难党员", "第一书记")) {
            assertTrue(tags.getOrDefault(tag, 0L) >= 30, tag + ": " + tags);
        }
        members.stream().filter(m -> m.draft().tags().contains("第一书记"))
                .forEach(m -> assertEquals(UnitType.VILLAGE, unitsByCode.get(m.organizationCode()).draft().unitType()));
    }

    @Test
    void firstMemberOfEveryOrganizationIsItsSecretary() {
        Set<String> seen = new HashSet<>();
        for (DemoMember member : members) {
            if (seen.add(member.organizationCode())) {
                assertTrue(member.draft().post().contains("书记"), member.toString());
                assertEquals(MemberCategory.FULL, member.draft().category());
            }
        }
    }

    @Test
    void biggerUnitsHaveMoreMembers() {
        Map<String, Integer> counts = district.memberCounts();
        List<Integer> enterprises = counts.entrySet().stream()
                .filter(e -> unitsByCode.get(e.getKey()).draft().unitType() == UnitType.ENTERPRISE)
                .map(Map.Entry::getValue).sorted().toList();
        int median = enterprises.get(enterprises.size() / 2);
        int largest = enterprises.get(enterprises.size() - 1);
        assertTrue(largest >= 10 * median, "largest " + largest + ", median " + median);
        double villageAverage = counts.entrySet().stream()
                .filter(e -> unitsByCode.get(e.getKey()).draft().unitType() == UnitType.VILLAGE)
                .mapToInt(Map.Entry::getValue).average().orElseThrow();
        assertTrue(villageAverage > 30 && villageAverage < 80, String.valueOf(villageAverage));
    }

    @Test
    void generationIsDeterministic() {
        DemoDistrict again = new DemoDistrict();
        assertEquals(units, again.units());
        assertEquals(members, again.members().toList());
        assertEquals(members, district.members().toList(), "each call starts the same sequence");
    }

    @Test
    void parallelConsumptionSeesTheSameMembers() {
        assertEquals(members, district.members().parallel().toList());
    }

    @Test
    void generatingEverythingIsFast() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            Set<String> idNumbers = new HashSet<>();
            new DemoDistrict().members().forEach(m -> idNumbers.add(m.draft().idNumber()));
            assertEquals(DemoDistrict.MEMBER_TOTAL, idNumbers.size());
        });
    }

    private void assertShare(Predicate<MemberDraft> condition, double min, double max) {
        double share = (double) members.stream().map(DemoMember::draft).filter(condition).count() / members.size();
        assertTrue(share >= min && share <= max, "share " + share + " not in [" + min + ", " + max + "]");
    }

    private long count(UnitType type) {
        return units.stream().filter(u -> u.draft().unitType() == type).count();
    }

    private List<DemoUnit> ofType(UnitType type) {
        return units.stream().filter(u -> u.draft().unitType() == type).toList();
    }

    private List<String> names(Predicate<DemoUnit> filter) {
        return units.stream().filter(filter).map(u -> u.draft().name()).toList();
    }
}
