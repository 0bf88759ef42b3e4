package org.grassroots.affairs.internal.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.junit.jupiter.api.Test;

class TermYearsTest {
    @Test
    void villagesAndCommunitiesServeFiveYearsBranchesThreeCommitteesFive() {
        TermYears.Years years = TermYears.parse(TermYears.DEFAULTS);
        assertEquals(5, years.of(UnitType.VILLAGE, PartyOrgType.BRANCH));
        assertEquals(5, years.of(UnitType.COMMUNITY, PartyOrgType.GENERAL_BRANCH));
        assertEquals(3, years.of(UnitType.ENTERPRISE, PartyOrgType.BRANCH));
        assertEquals(5, years.of(UnitType.STREET, PartyOrgType.COMMITTEE));
    }

    @Test
    void aSettingOverridesTheDefaultsAndValuesOutsideThreeToFiveAreIgnored() {
        TermYears.Years years = TermYears.parse(TermYears.DEFAULTS).with(TermYears.parse("BRANCH=4, ENTERPRISE=7, NOPE=3, GRID=x"));
        assertEquals(4, years.of(UnitType.ENTERPRISE, PartyOrgType.BRANCH));
        assertEquals(5, years.of(UnitType.VILLAGE, PartyOrgType.BRANCH));
        assertEquals(3, years.of(UnitType.GRID, PartyOrgType.JOINT_BRANCH));
    }
}
