package org.grassroots.buildings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The module's rules: decision follow-up, 应建未建, designation, grades, and the path helper. */
class RulesTest {
    @Test
    void decisionsMoveOpenToInProgressToDoneOrStraightToDone() {
        assertEquals(DecisionStatus.IN_PROGRESS, DecisionStatus.OPEN.after(DecisionAction.START));
        assertEquals(DecisionStatus.DONE, DecisionStatus.OPEN.after(DecisionAction.COMPLETE));
        assertEquals(DecisionStatus.DONE, DecisionStatus.IN_PROGRESS.after(DecisionAction.COMPLETE));
        assertNull(DecisionStatus.IN_PROGRESS.after(DecisionAction.START));
        assertNull(DecisionStatus.DONE.after(DecisionAction.COMPLETE));
        assertEquals(List.of(), DecisionStatus.DONE.allowed());
    }

    @Test
    void theRefusalNamesTheAllowedStepsInBothLanguages() {
        assertEquals("办结", Decisions.allowedText(DecisionStatus.IN_PROGRESS).chinese());
        assertEquals("Start, Complete", Decisions.allowedText(DecisionStatus.OPEN).english());
        assertEquals("none", Decisions.allowedText(DecisionStatus.DONE).english());
        String refusal = BuildingsText.TEXT.in(Locale.ENGLISH, "decision.illegal", DecisionStatus.IN_PROGRESS, DecisionAction.START,
                Decisions.allowedText(DecisionStatus.IN_PROGRESS));
        assertEquals("a decision that is In progress cannot take the step Start; allowed steps: Complete", refusal);
    }

    @Test
    void threeFullMembersWithoutAnOrganizationOfTheirOwnShouldFormOne() {
        assertTrue(Tenancies.shouldForm(Coverage.NONE, 3, true));
        assertTrue(Tenancies.shouldForm(Coverage.JOINT_BRANCH, 5, true));
        assertFalse(Tenancies.shouldForm(Coverage.OWN_ORGANIZATION, 30, true));
        assertFalse(Tenancies.shouldForm(Coverage.NONE, 2, true));
        assertFalse(Tenancies.shouldForm(Coverage.NONE, 5, false)); // moved out
    }

    @Test
    void aDemonstrationBuildingMeetsThreeCriteriaWithItsCommittee() {
        assertTrue(Demonstrations.qualifies(EnumSet.of(Criterion.COMMITTEE, Criterion.POSITION, Criterion.ACTIVITIES)));
        assertFalse(Demonstrations.qualifies(EnumSet.of(Criterion.FULL_COVERAGE, Criterion.POSITION, Criterion.ACTIVITIES)));
        assertFalse(Demonstrations.qualifies(EnumSet.of(Criterion.COMMITTEE, Criterion.POSITION)));
    }

    @Test
    void scoresAreGraded() {
        assertEquals(Grade.EXCELLENT, Grade.of(90));
        assertEquals(Grade.GOOD, Grade.of(89));
        assertEquals(Grade.PASS, Grade.of(60));
        assertEquals(Grade.FAIL, Grade.of(59));
    }

    @Test
    void theUnitAboveABuildingComesFromItsPath() {
        assertEquals(7L, Decisions.parentOf("/1/7/42/"));
        assertNull(Decisions.parentOf("/42/"));
    }

    @Test
    void coverageCountsAddUp() {
        CoverageReports.Counts counts = new CoverageReports.Counts();
        counts.add(Coverage.OWN_ORGANIZATION, 5, false);
        counts.add(Coverage.JOINT_BRANCH, 3, false);
        counts.add(Coverage.NONE, 0, true);
        CoverageRow row = counts.row("total", null, null);
        assertEquals(3, row.enterprises());
        assertEquals(1, row.shouldForm());
        assertEquals(1, row.instructorOnly());
        assertEquals(66.7, row.percent(), 1e-9);
    }
}
