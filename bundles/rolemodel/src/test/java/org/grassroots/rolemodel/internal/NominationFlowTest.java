package org.grassroots.rolemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.UnitType;
import org.grassroots.rolemodel.internal.Levels.Level;
import org.junit.jupiter.api.Test;

/** A nomination goes up level by level to the organizing unit, is returned one level down, and is awarded at the top. */
class NominationFlowTest {
    // grid 4 → community 3 → street 2 → district 1
    private static final List<Level> ABOVE = List.of(new Level(4, UnitType.GRID), new Level(3, UnitType.COMMUNITY),
            new Level(2, UnitType.STREET), new Level(1, UnitType.DISTRICT));

    @Test
    void theReviewersStopAtTheOrganizingUnit() {
        assertEquals(List.of(4L, 3L, 2L, 1L), NominationFlow.reviewers(ABOVE, 1));
        assertEquals(List.of(4L, 3L, 2L), NominationFlow.reviewers(ABOVE, 2));
        // an organizer whose type is no level still decides last
        assertEquals(List.of(4L, 3L, 2L, 1L, 9L), NominationFlow.reviewers(ABOVE, 9));
    }

    @Test
    void approvalsGoUpAndTheOrganizerAwards() {
        List<Long> reviewers = List.of(3L, 2L);
        NominationFlow.Outcome sent = NominationFlow.next(NominationStatus.RETURNED, NominationAction.SUBMIT, reviewers, null);
        assertEquals(new NominationFlow.Outcome(NominationStatus.PENDING, 3L), sent);
        assertEquals(new NominationFlow.Outcome(NominationStatus.PENDING, 2L),
                NominationFlow.next(NominationStatus.PENDING, NominationAction.APPROVE, reviewers, 3L));
        assertEquals(new NominationFlow.Outcome(NominationStatus.AWARDED, null),
                NominationFlow.next(NominationStatus.PENDING, NominationAction.APPROVE, reviewers, 2L));
    }

    @Test
    void returnsGoOneLevelDownAndFromTheFirstLevelHome() {
        List<Long> reviewers = List.of(3L, 2L);
        assertEquals(new NominationFlow.Outcome(NominationStatus.PENDING, 3L),
                NominationFlow.next(NominationStatus.PENDING, NominationAction.RETURN, reviewers, 2L));
        assertEquals(new NominationFlow.Outcome(NominationStatus.RETURNED, null),
                NominationFlow.next(NominationStatus.PENDING, NominationAction.RETURN, reviewers, 3L));
        assertEquals(new NominationFlow.Outcome(NominationStatus.WITHDRAWN, null),
                NominationFlow.next(NominationStatus.RETURNED, NominationAction.WITHDRAW, reviewers, null));
    }

    @Test
    void anIllegalStepIsAConflictNamingTheAllowedSteps() {
        ConflictException pending = assertThrows(ConflictException.class,
                () -> NominationFlow.next(NominationStatus.PENDING, NominationAction.WITHDRAW, List.of(1L), 1L));
        assertTrue(pending.getMessage().endsWith("allowed: Approve, Return"), pending.getMessage());
        assertEquals("推荐处于“待审核”状态时不能撤回；可进行的操作：同意、退回", pending.message().in(Locale.SIMPLIFIED_CHINESE));
        assertThrows(ConflictException.class,
                () -> NominationFlow.next(NominationStatus.AWARDED, NominationAction.RETURN, List.of(1L), null));
        assertEquals(List.of(), NominationFlow.allowed(NominationStatus.WITHDRAWN));
    }

    @Test
    void theAncestorsOfAPathAreItsPrefixes() {
        assertEquals(List.of("/1/", "/1/7/"), Campaigns.above("/1/7/42/"));
        assertEquals(List.of("-"), Campaigns.above("/1/"));
    }
}
