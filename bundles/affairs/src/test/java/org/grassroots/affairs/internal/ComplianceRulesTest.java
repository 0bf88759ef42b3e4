package org.grassroots.affairs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.affairs.internal.ComplianceRules.Outcome;
import org.grassroots.core.api.PartyOrgType;
import org.junit.jupiter.api.Test;

class ComplianceRulesTest {
    @Test
    void defaultsFollowTheOrganizationType() {
        assertEquals(Period.QUARTER, ComplianceRules.defaultPeriod(MeetingType.BRANCH_GENERAL, PartyOrgType.BRANCH));
        assertEquals(Period.MONTH, ComplianceRules.defaultPeriod(MeetingType.COMMITTEE, PartyOrgType.JOINT_BRANCH));
        assertEquals(Period.MONTH, ComplianceRules.defaultPeriod(MeetingType.THEME_DAY, PartyOrgType.GENERAL_BRANCH));
        assertEquals(Period.QUARTER, ComplianceRules.defaultPeriod(MeetingType.LECTURE, PartyOrgType.BRANCH));
        assertEquals(Period.YEAR, ComplianceRules.defaultPeriod(MeetingType.LIFE_MEETING, PartyOrgType.COMMITTEE));
        assertEquals(Period.YEAR, ComplianceRules.defaultPeriod(MeetingType.DEMOCRATIC_LIFE, PartyOrgType.WORKING_COMMITTEE));
        assertEquals(Period.NONE, ComplianceRules.defaultPeriod(MeetingType.DEMOCRATIC_LIFE, PartyOrgType.BRANCH));
        assertEquals(Period.NONE, ComplianceRules.defaultPeriod(MeetingType.BRANCH_GENERAL, PartyOrgType.COMMITTEE));
        assertEquals(Period.NONE, ComplianceRules.defaultPeriod(MeetingType.LIFE_MEETING, PartyOrgType.NONE));
    }

    @Test
    void theNearestOverrideAboveAnOrganizationWinsButNeverExtendsATypeToOrganizationsItDoesNotConcern() {
        Map<String, Map<MeetingType, Period>> overrides = Map.of(
                "/1/", Map.of(MeetingType.GROUP, Period.MONTH, MeetingType.LECTURE, Period.MONTH),
                "/1/5/", Map.of(MeetingType.GROUP, Period.QUARTER));
        assertEquals(Period.QUARTER, ComplianceRules.effective(MeetingType.GROUP, PartyOrgType.BRANCH, "/1/5/9/", overrides));
        assertEquals(Period.MONTH, ComplianceRules.effective(MeetingType.GROUP, PartyOrgType.BRANCH, "/1/6/9/", overrides));
        assertEquals(Period.MONTH, ComplianceRules.effective(MeetingType.LECTURE, PartyOrgType.BRANCH, "/1/5/9/", overrides));
        assertEquals(Period.QUARTER, ComplianceRules.effective(MeetingType.BRANCH_GENERAL, PartyOrgType.BRANCH, "/1/5/9/", overrides));
        assertEquals(Period.NONE, ComplianceRules.effective(MeetingType.GROUP, PartyOrgType.COMMITTEE, "/1/5/", overrides));
        assertEquals(Period.NONE, ComplianceRules.effective(MeetingType.GROUP, PartyOrgType.BRANCH, "/2/", overrides));
    }

    @Test
    void endedPeriodsAreDueThePeriodUnderWayIsPending() {
        LocalDate today = LocalDate.of(2024, 5, 10);
        Outcome monthly = ComplianceRules.evaluate(Period.MONTH, 2024, 1, 12, today, Set.of(1, 3, 5));
        assertEquals(4, monthly.due());
        assertEquals(2, monthly.met());
        assertEquals(List.of("2024-02", "2024-04"), monthly.missing());
        assertNull(monthly.pending(), "May is under way but already met");
        Outcome quarterly = ComplianceRules.evaluate(Period.QUARTER, 2024, 1, 12, today, Set.of(2));
        assertEquals(1, quarterly.due());
        assertTrue(quarterly.compliant());
        assertEquals("2024-Q2", quarterly.pending());
        Outcome yearly = ComplianceRules.evaluate(Period.YEAR, 2024, 1, 12, today, Set.of());
        assertEquals(0, yearly.due());
        assertEquals("2024", yearly.pending());
    }

    @Test
    void aWindowCountsThePeriodsEndingInIt() {
        LocalDate later = LocalDate.of(2025, 2, 1);
        Outcome q2Monthly = ComplianceRules.evaluate(Period.MONTH, 2024, 4, 6, later, Set.of(4, 6, 9));
        assertEquals(3, q2Monthly.due());
        assertEquals(List.of("2024-05"), q2Monthly.missing());
        Outcome q2Yearly = ComplianceRules.evaluate(Period.YEAR, 2024, 4, 6, later, Set.of());
        assertEquals(0, q2Yearly.due());
        Outcome q4Yearly = ComplianceRules.evaluate(Period.YEAR, 2024, 10, 12, later, Set.of(3));
        assertEquals(1, q4Yearly.met());
        assertEquals(0, ComplianceRules.evaluate(Period.NONE, 2024, 1, 12, later, Set.of()).due());
    }

    @Test
    void remindersGoOutInTheLastDaysOfAPeriod() {
        assertTrue(Reminders.endsSoon(Period.MONTH, LocalDate.of(2024, 5, 25), 7));
        assertTrue(!Reminders.endsSoon(Period.MONTH, LocalDate.of(2024, 5, 20), 7));
        assertTrue(!Reminders.endsSoon(Period.QUARTER, LocalDate.of(2024, 5, 25), 7));
        assertEquals(LocalDate.of(2024, 6, 30), Reminders.periodEnd(Period.QUARTER, LocalDate.of(2024, 5, 25)));
        assertEquals(LocalDate.of(2024, 12, 31), Reminders.periodEnd(Period.YEAR, LocalDate.of(2024, 5, 25)));
    }
}
