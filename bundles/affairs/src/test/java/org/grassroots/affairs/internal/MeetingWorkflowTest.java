package org.grassroots.affairs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grassroots.core.api.ConflictException;
import org.junit.jupiter.api.Test;

class MeetingWorkflowTest {
    @Test
    void aMeetingGoesFromPlannedToArchivedAndMayBeReturnedOnTheWay() {
        MeetingStatus s = MeetingStatus.PLANNED;
        s = MeetingWorkflow.next(1, s, MeetingAction.HOLD);
        assertEquals(MeetingStatus.HELD, s);
        s = MeetingWorkflow.next(1, s, MeetingAction.SUBMIT);
        s = MeetingWorkflow.next(1, s, MeetingAction.RETURN);
        assertEquals(MeetingStatus.RETURNED, s);
        s = MeetingWorkflow.next(1, s, MeetingAction.SUBMIT);
        s = MeetingWorkflow.next(1, s, MeetingAction.APPROVE);
        assertEquals(MeetingStatus.ARCHIVED, MeetingWorkflow.next(1, s, MeetingAction.ARCHIVE));
    }

    @Test
    void aStepTheStateDoesNotAllowIsAConflictNamingTheAllowedSteps() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> MeetingWorkflow.next(7, MeetingStatus.PLANNED, MeetingAction.APPROVE));
        assertTrue(e.getMessage().contains("Meeting 7 is Planned"), e.getMessage());
        assertTrue(e.getMessage().contains("HOLD") && e.getMessage().contains("CANCEL"), e.getMessage());
        ConflictException closed = assertThrows(ConflictException.class,
                () -> MeetingWorkflow.next(7, MeetingStatus.ARCHIVED, MeetingAction.SUBMIT));
        assertTrue(closed.getMessage().contains("no further step"), closed.getMessage());
    }

    @Test
    void eachStateOffersItsSteps() {
        assertEquals(List.of(MeetingAction.HOLD, MeetingAction.CANCEL), MeetingWorkflow.allowed(MeetingStatus.PLANNED));
        assertEquals(List.of(MeetingAction.APPROVE, MeetingAction.RETURN), MeetingWorkflow.allowed(MeetingStatus.SUBMITTED));
        assertEquals(List.of(), MeetingWorkflow.allowed(MeetingStatus.CANCELLED));
        assertThrows(ConflictException.class, () -> MeetingWorkflow.next(1, MeetingStatus.CANCELLED, MeetingAction.HOLD));
    }

    @Test
    void aBranchGeneralMeetingCountsOnlyWithMoreThanHalfOfTheFullMembers() {
        assertTrue(Quorum.counts(MeetingType.BRANCH_GENERAL, 10, 6));
        assertFalse(Quorum.counts(MeetingType.BRANCH_GENERAL, 10, 5));
        assertFalse(Quorum.counts(MeetingType.BRANCH_GENERAL, 0, 0));
        assertTrue(Quorum.counts(MeetingType.COMMITTEE, 10, 3));
        assertFalse(Quorum.counts(MeetingType.THEME_DAY, 10, 0));
    }
}
