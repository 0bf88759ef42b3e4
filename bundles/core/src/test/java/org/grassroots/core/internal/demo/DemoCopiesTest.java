package org.grassroots.core.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.internal.validation.MemberValidator;
import org.junit.jupiter.api.Test;

/**
 * The copies of the demo district ({@code demoCopies}, the benchmark's city): equal districts whose codes, root names
 * and ID numbers differ, so a module's figures of any copy are the first copy's.
 */
class DemoCopiesTest {

    @Test
    void oneCopyIsTheDemoDistrictItself() {
        DemoDistrict alone = new DemoDistrict(1, 1);
        DemoDistrict plain = new DemoDistrict();
        assertEquals(plain.units(), alone.units());
        assertEquals(null, alone.units().get(0).parentCode());
        assertEquals(plain.members().limit(500).toList(), alone.members().limit(500).toList());
    }

    @Test
    void copiesAreEqualDistrictsUnderTheCityWithTheirOwnCodesRootNamesAndIdNumbers() {
        DemoDistrict first = new DemoDistrict(1, 3);
        DemoDistrict third = new DemoDistrict(3, 3);
        assertEquals(DemoDistrict.UNIT_TOTAL, third.units().size());
        assertEquals(DemoDistrict.CITY_CODE, first.units().get(0).parentCode());
        assertEquals(DemoDistrict.ROOT_CODE, first.units().get(0).code());
        assertEquals("济南高新区", first.units().get(0).draft().name());
        assertEquals("JC03", third.units().get(0).code());
        assertEquals("济南高新区（副本3）", third.units().get(0).draft().name());
        for (int i = 1; i < first.units().size(); i++) {
            DemoUnit a = first.units().get(i);
            DemoUnit b = third.units().get(i);
            assertEquals(a.draft().name(), b.draft().name());
            assertEquals(a.draft().unitType(), b.draft().unitType());
            assertEquals(a.draft().partyOrgType(), b.draft().partyOrgType());
            assertEquals("JC03" + a.code().substring(4), b.code(), "codes differ by the root's only");
        }
        assertEquals(first.memberCounts().values().stream().toList(), third.memberCounts().values().stream().toList());

        MemberValidator validator = new MemberValidator();
        Set<String> idNumbers = new HashSet<>();
        Iterator<DemoMember> a = first.members().iterator();
        Iterator<DemoMember> b = third.members().iterator();
        int checked = 0;
        while (a.hasNext()) {
            MemberDraft x = a.next().draft();
            DemoMember copied = b.next();
            MemberDraft y = copied.draft();
            assertEquals(x.name(), y.name());
            assertEquals(x.birthDate(), y.birthDate());
            assertEquals(x.category(), y.category());
            assertEquals(x.idNumber().substring(2), y.idNumber().substring(2, 17) + x.idNumber().substring(17),
                    "the same number but the province (and its check character)");
            assertTrue(y.idNumber().startsWith("12"), y.idNumber());
            assertTrue(idNumbers.add(x.idNumber()) && idNumbers.add(y.idNumber()), "ID numbers are unique");
            if (checked++ % 97 == 0) {
                List<FieldError> errors = validator.validate(copied.draftFor(1L), DemoDistrict.REFERENCE_DATE);
                assertEquals(List.of(), errors, y.idNumber());
            }
        }
        assertTrue(!b.hasNext());
        assertEquals(2 * DemoDistrict.MEMBER_TOTAL, idNumbers.size());
    }

    @Test
    void atMostTenCopies() {
        assertThrows(IllegalArgumentException.class, () -> new DemoDistrict(1, 11));
        assertThrows(IllegalArgumentException.class, () -> new DemoDistrict(3, 2));
        assertEquals("JC10", new DemoDistrict(10, 10).units().get(0).code());
        assertEquals("37", DemoDistrict.province(1));
        assertEquals("31", DemoDistrict.province(10));
    }
}
