package org.grassroots.core.internal.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.Sex;
import org.junit.jupiter.api.Test;

/** The building blocks of the demo district. */
class DemoPartsTest {

    @Test
    void allocationHitsTheTotalExactly() {
        int[] counts = MemberAllocation.allocate(new int[] {10, 0, 20, 30, 1}, 100, 3);
        assertEquals(100, Arrays.stream(counts).sum());
        assertEquals(0, counts[1], "a unit without weight gets no members");
        assertTrue(counts[4] >= 3, "every host gets the minimum");
        assertTrue(counts[3] > counts[2] && counts[2] > counts[0], Arrays.toString(counts));
    }

    @Test
    void allocationSettlesRoundingOnTheLargestUnits() {
        // three equal weights cannot share 100 evenly: the first of the largest gets the extra member
        assertArrayEquals(new int[] {34, 33, 33}, MemberAllocation.allocate(new int[] {1, 1, 1}, 100, 3));
        // the minimum pushes the sum over the total; the largest give members back
        assertArrayEquals(new int[] {3, 3, 4}, MemberAllocation.allocate(new int[] {1, 1, 8}, 10, 3));
    }

    @Test
    void allocationRefusesAnImpossibleMinimum() {
        assertThrows(IllegalArgumentException.class, () -> MemberAllocation.allocate(new int[] {1, 1, 1}, 8, 3));
        assertThrows(IllegalArgumentException.class, () -> MemberAllocation.allocate(new int[] {0, 0}, 8, 3));
    }

    @Test
    void registryIssuesEverySequenceOfASlotOnceAndThenRefuses() {
        IdNumberRegistry registry = new IdNumberRegistry(List.of("370112"));
        LocalDate birth = LocalDate.of(1980, 1, 1);
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < IdNumberRegistry.SEQUENCES_PER_SLOT; i++) {
            String id = registry.issue("370112", birth, Sex.FEMALE);
            assertTrue(IdNumbers.isValid(id), id);
            assertEquals(birth, IdNumbers.birthDate(id));
            assertEquals(Sex.FEMALE, IdNumbers.sex(id));
            assertTrue(issued.add(id), "issued twice: " + id);
        }
        assertThrows(IllegalStateException.class, () -> registry.issue("370112", birth, Sex.FEMALE));
        // the men's sequences of the same day are a separate slot
        assertEquals(Sex.MALE, IdNumbers.sex(registry.issue("370112", birth, Sex.MALE)));
    }

    @Test
    void registryRefusesAddressesAndDatesOutsideItsRange() {
        IdNumberRegistry registry = new IdNumberRegistry(List.of("370112"));
        assertThrows(IllegalArgumentException.class, () -> registry.issue("110105", LocalDate.of(1980, 1, 1), Sex.MALE));
        assertThrows(IllegalArgumentException.class, () -> registry.issue("370112", LocalDate.of(2004, 1, 1), Sex.MALE));
    }

    @Test
    void chineseNumeralsNameTheGrids() {
        assertEquals("一", ChineseNames.numeral(1));
        assertEquals("十", ChineseNames.numeral(10));
        assertEquals("十二", ChineseNames.numeral(12));
        assertEquals("二十", ChineseNames.numeral(20));
        assertEquals("三十五", ChineseNames.numeral(35));
        assertThrows(IllegalArgumentException.class, () -> ChineseNames.numeral(0));
    }

    @Test
    void partyOrganizationFollowsTheSize() {
        assertEquals(PartyOrgType.NONE, DemoDistrict.partyOrgTypeFor(0));
        assertEquals(PartyOrgType.BRANCH, DemoDistrict.partyOrgTypeFor(3));
        assertEquals(PartyOrgType.BRANCH, DemoDistrict.partyOrgTypeFor(49));
        assertEquals(PartyOrgType.GENERAL_BRANCH, DemoDistrict.partyOrgTypeFor(50));
        assertEquals(PartyOrgType.COMMITTEE, DemoDistrict.partyOrgTypeFor(100));
    }

    @Test
    void namePoolsAreLargeEnoughAndFreeOfDuplicates() {
        List<String> villages = ChineseNames.allVillageNames();
        assertEquals(villages.size(), new HashSet<>(villages).size());
        assertTrue(villages.size() >= 147 * 2);
        List<String> communities = ChineseNames.allCommunityNames();
        assertEquals(communities.size(), new HashSet<>(communities).size());
        assertTrue(communities.size() >= 48);
    }
}
