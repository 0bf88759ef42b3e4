package org.grassroots.affairs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.module.DemoCopy;
import org.junit.jupiter.api.Test;

/** Every copy of the demo district draws what the first copy draws; the first copy's seeds are what they were. */
class DemoSeedsTest {

    @Test
    void theFirstCopysCodesAreTheirOwnSeeds() {
        assertEquals("JNGX-S01-C003", DemoSeeds.code(copy(1, "JNGX", "/1/"), unit("JNGX-S01-C003", "/1/5/9/")));
        assertEquals("JNGX", DemoSeeds.code(copy(1, "JNGX", "/1/"), unit("JNGX", "/1/")));
    }

    @Test
    void anotherCopySeedsWithTheFirstCopysCode() {
        DemoCopy second = copy(2, "JC02", "/900/901/");
        assertEquals("JNGX-S01-C003", DemoSeeds.code(second, unit("JC02-S01-C003", "/900/901/7/")));
        assertEquals("JNGX", DemoSeeds.code(second, unit("JC02", "/900/901/")));
        assertEquals(DemoPlan.random("JNGX-S02").nextLong(),
                DemoPlan.random(DemoSeeds.code(copy(10, "JC10", "/900/910/"), unit("JC10-S02", "/900/910/3/"))).nextLong());
    }

    @Test
    void aCodeOutsideTheCopysPrefixIsLeftAlone() {
        assertEquals("OTHER-1", DemoSeeds.code("JC02", "OTHER-1"));
    }

    @Test
    void theCopysRowsAreFoundByThePathOfItsDistrict() {
        assertEquals("/900/901/%", DemoSeeds.subtree(copy(2, "JC02", "/900/901/")));
    }

    @Test
    void anotherCopysUnitsComeInTheFirstCopysOrder() {
        // the first copy's subtree by path: /1/2/43/ before /1/2/5/; the second copy's paths sort the other way round
        java.util.List<Organization> first = java.util.List.of(unit("JNGX", "/1/2/"), unit("JNGX-S02", "/1/2/43/"),
                unit("JNGX-S01", "/1/2/5/"));
        java.util.List<Organization> second = java.util.List.of(unit("JC02", "/1/900/"), unit("JC02-S01", "/1/900/905/"),
                unit("JC02-S02", "/1/900/943/"), unit("JC02-X", "/1/900/999/"));
        assertEquals(java.util.List.of("JC02", "JC02-S02", "JC02-S01", "JC02-X"),
                DemoSeeds.inOrderOf(first, copy(2, "JC02", "/1/900/"), second).stream().map(Organization::code).toList());
    }

    private static DemoCopy copy(int number, String code, String path) {
        Organization district = unit(code, path);
        return new DemoCopy() {
            @Override
            public int number() {
                return number;
            }

            @Override
            public int copies() {
                return 10;
            }

            @Override
            public Organization district() {
                return district;
            }

            @Override
            public String idNumberProvince() {
                return number == 1 ? "37" : "11";
            }
        };
    }

    private static Organization unit(String code, String path) {
        return new Organization(path.hashCode(), code, code, null, path, 1, null, null, null, null, null, null, null, 1);
    }
}
