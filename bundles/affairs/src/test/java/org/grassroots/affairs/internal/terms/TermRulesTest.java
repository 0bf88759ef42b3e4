package org.grassroots.affairs.internal.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class TermRulesTest {
    private static final LocalDate END = LocalDate.of(2025, 6, 30);

    @Test
    void anElectionInTheSixMonthsBeforeTheEndIsOnTimeEarlierIsEarlyLaterDelayed() {
        assertEquals(ElectionTiming.FIRST, TermRules.timing(null, END));
        assertEquals(ElectionTiming.ON_TIME, TermRules.timing(END, END));
        assertEquals(ElectionTiming.ON_TIME, TermRules.timing(END, LocalDate.of(2024, 12, 30)));
        assertEquals(ElectionTiming.EARLY, TermRules.timing(END, LocalDate.of(2024, 12, 29)));
        assertEquals(ElectionTiming.DELAYED, TermRules.timing(END, END.plusDays(1)));
    }

    @Test
    void validOnlyWithMoreThanFourFifthsPresent() {
        assertTrue(TermRules.attendanceValid(10, 9));
        assertFalse(TermRules.attendanceValid(10, 8));
        assertTrue(TermRules.attendanceValid(5, 5));
        assertFalse(TermRules.attendanceValid(5, 4));
        assertFalse(TermRules.attendanceValid(0, 0));
    }

    @Test
    void candidatesAtLeastTwentyPercentMoreThanSeats() {
        assertEquals(2, TermRules.minCandidates(1));
        assertEquals(4, TermRules.minCandidates(3));
        assertEquals(6, TermRules.minCandidates(5));
        assertEquals(9, TermRules.minCandidates(7));
    }

    @Test
    void theElectedHaveMoreThanHalfOfThosePresentMostVotesFirstTiesForTheLastSeatGoToAnotherBallot() {
        Map<Long, Integer> votes = new LinkedHashMap<>();
        votes.put(1L, 9);
        votes.put(2L, 6);
        votes.put(3L, 8);
        votes.put(4L, 5);
        assertEquals(List.of(1L, 3L, 2L), TermRules.elected(votes, 3, 10));
        // 5 of 10 is not more than half: only three would do, and two seats
        assertEquals(List.of(1L, 3L), TermRules.elected(votes, 2, 10));
        votes.put(4L, 6);
        assertEquals(List.of(1L, 3L), TermRules.elected(votes, 3, 10));
        assertEquals(List.of(), TermRules.elected(Map.of(1L, 4, 2L, 3), 1, 10));
    }

    @Test
    void aCurrentTermIsDueWithinTheMonthsAskedOverdueAfterItsEnd() {
        LocalDate day = LocalDate.of(2024, 12, 31);
        assertEquals(TermStatus.DUE, TermRules.status(END, null, day, 6));
        assertEquals(TermStatus.CURRENT, TermRules.status(END, null, day, 5));
        assertEquals(TermStatus.OVERDUE, TermRules.status(LocalDate.of(2024, 12, 30), null, day, 6));
        assertEquals(TermStatus.ENDED, TermRules.status(LocalDate.of(2024, 12, 30), day, day, 6));
    }

    @Test
    void theYearsReelectionsAreElectedOverdueOrPending() {
        LocalDate day = LocalDate.of(2024, 12, 31);
        assertEquals("elected", TermRules.reelection(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 20), day));
        assertEquals("overdue", TermRules.reelection(LocalDate.of(2024, 5, 1), null, day));
        assertEquals("pending", TermRules.reelection(LocalDate.of(2024, 5, 1), null, LocalDate.of(2024, 3, 1)));
    }

    @Test
    void aRequestsDayLiesBeforeTheWindowWhenEarlyAfterTheEndWhenDelayedAtMostAYearAway() {
        LocalDate today = LocalDate.of(2024, 6, 1);
        assertEquals(0, errors(new TermRequestDraft(RequestKind.EARLY, LocalDate.of(2024, 9, 1), "合并"), today));
        assertEquals(1, errors(new TermRequestDraft(RequestKind.EARLY, LocalDate.of(2025, 2, 1), "合并"), today));
        assertEquals(1, errors(new TermRequestDraft(RequestKind.EARLY, LocalDate.of(2024, 5, 1), "合并"), today));
        assertEquals(0, errors(new TermRequestDraft(RequestKind.DELAYED, LocalDate.of(2025, 9, 1), "拆迁"), today));
        assertEquals(1, errors(new TermRequestDraft(RequestKind.DELAYED, LocalDate.of(2026, 9, 1), "拆迁"), today));
        assertEquals(3, errors(new TermRequestDraft(null, null, " "), today));
    }

    private static int errors(TermRequestDraft draft, LocalDate today) {
        ValidationException.Builder errors = ValidationException.builder();
        TermRequests.check(draft, END, today, errors);
        return errors.isEmpty() ? 0 : errors.build().errors().size();
    }
}
