package org.grassroots.community.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.ConflictException;
import org.junit.jupiter.api.Test;

/** The module's state machines and the rider-friendly checklist. */
class WorkflowTest {
    @Test
    void hoursAreConfirmedOrRejectedOnceAndTheRefusalNamesTheAllowedSteps() {
        assertTrue(HoursStatus.SUBMITTED.canMoveTo(HoursStatus.CONFIRMED));
        assertTrue(HoursStatus.SUBMITTED.canMoveTo(HoursStatus.REJECTED));
        assertFalse(HoursStatus.CONFIRMED.canMoveTo(HoursStatus.REJECTED));
        ConflictException e = assertThrows(ConflictException.class,
                () -> HoursStatus.CONFIRMED.requireMoveTo(HoursStatus.REJECTED, "服务时长记录", "Service hours", 7));
        assertEquals("Service hours 7 is Confirmed and cannot become Rejected; it is final", e.getMessage());
        ConflictException again = assertThrows(ConflictException.class,
                () -> RiderStatus.APPLIED.requireMoveTo(RiderStatus.REVOKED, "骑手友好社区申报", "Rider-friendly application", 3));
        assertTrue(again.message().in(Locale.ENGLISH).endsWith("allowed: Designated, Rejected"), again.getMessage());
        assertTrue(again.message().in(Locale.SIMPLIFIED_CHINESE).contains("允许的下一步：已命名、未通过"));
    }

    @Test
    void pairingsEndOnceAndDesignationsMayBeRevoked() {
        assertEquals(List.of(PairingStatus.ENDED), PairingStatus.ACTIVE.next());
        assertTrue(PairingStatus.ENDED.next().isEmpty());
        assertEquals(List.of(RiderStatus.REVOKED), RiderStatus.DESIGNATED.next());
    }

    @Test
    void theChecklistIsConfigurableAndNamesWhatIsMissing() {
        assertEquals(EnumSet.allOf(RiderCriterion.class), RiderChecklist.required(null));
        assertEquals(EnumSet.of(RiderCriterion.STATION, RiderCriterion.REST), RiderChecklist.required("STATION, REST,UNKNOWN"));
        assertEquals(EnumSet.allOf(RiderCriterion.class), RiderChecklist.required("UNKNOWN"));
        assertEquals(List.of(RiderCriterion.ACCESS, RiderCriterion.PARKING, RiderCriterion.VOICE, RiderCriterion.CARE),
                RiderChecklist.missing(EnumSet.allOf(RiderCriterion.class), EnumSet.of(RiderCriterion.STATION, RiderCriterion.REST)));
        assertEquals(EnumSet.of(RiderCriterion.STATION, RiderCriterion.CARE),
                RiderChecklist.parse(RiderChecklist.codes(EnumSet.of(RiderCriterion.CARE, RiderCriterion.STATION))));
    }

    @Test
    void eventsCloseOrAreCancelledOnceAndWishesMayBeReleasedButNotUnfulfilled() {
        assertEquals(List.of(EventStatus.CLOSED, EventStatus.CANCELLED), EventStatus.PUBLISHED.next());
        assertTrue(EventStatus.CLOSED.next().isEmpty());
        ConflictException closed = assertThrows(ConflictException.class, () -> EventStatus.CANCELLED.requireMoveTo(EventStatus.CLOSED, 5));
        assertEquals("Event 5 is Cancelled and cannot become Closed; it is final", closed.getMessage());
        assertTrue(WishStatus.CLAIMED.canMoveTo(WishStatus.PUBLISHED));
        assertFalse(WishStatus.FULFILLED.canMoveTo(WishStatus.PUBLISHED));
        ConflictException wish = assertThrows(ConflictException.class, () -> WishStatus.PUBLISHED.requireMoveTo(WishStatus.FULFILLED, 9));
        assertTrue(wish.message().in(Locale.SIMPLIFIED_CHINESE).contains("允许的下一步：已认领、已撤回"), wish.getMessage());
    }

    @Test
    void issuesAreAssignedThenClosedOrClosedAtOnce() {
        assertEquals(List.of(IssueStatus.ASSIGNED, IssueStatus.CLOSED), IssueStatus.RAISED.next());
        ConflictException e = assertThrows(ConflictException.class, () -> IssueStatus.CLOSED.requireMoveTo(IssueStatus.ASSIGNED, 4));
        assertEquals("Issue 4 is Closed and cannot become Assigned; it is final", e.getMessage());
        assertEquals(CouncilKind.STREET_WORKING_COMMITTEE, CouncilKind.of(org.grassroots.core.api.UnitType.STREET));
        assertEquals(null, CouncilKind.of(org.grassroots.core.api.UnitType.ENTERPRISE));
    }

    @Test
    void signInCodesAreSixCharactersWithoutLookAlikes() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 1000; i++) {
            String code = Events.code(random);
            assertEquals(6, code.length());
            assertTrue(code.chars().noneMatch(c -> "01OIL".indexOf(c) >= 0), code);
        }
    }
}
