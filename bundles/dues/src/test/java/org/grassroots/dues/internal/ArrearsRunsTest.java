package org.grassroots.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.grassroots.dues.internal.ArrearsRuns.MemberArrears;
import org.junit.jupiter.api.Test;

/** Consecutive unpaid months per member; six in a row is flagged, runs cross the year and break at a paid month. */
class ArrearsRunsTest {
    @Test
    void sixConsecutiveMonthsAcrossTheYearAreFlaggedAndAGapBreaksTheRun() {
        Map<Long, MemberArrears> runs = ArrearsRuns.of(List.of(
                new long[] {1, 202310}, new long[] {1, 202311}, new long[] {1, 202312}, new long[] {1, 202401},
                new long[] {1, 202402}, new long[] {1, 202403},
                new long[] {2, 202401}, new long[] {2, 202402}, new long[] {2, 202403}, new long[] {2, 202405},
                new long[] {2, 202406}, new long[] {2, 202407}));
        MemberArrears first = runs.get(1L);
        assertEquals(6, first.months());
        assertEquals(6, first.longestRun());
        assertEquals(202403, first.longestRunEnd());
        assertTrue(first.flagged());
        MemberArrears second = runs.get(2L);
        assertEquals(6, second.months());
        assertEquals(3, second.longestRun());
        assertEquals(202407, second.longestRunEnd(), "of equal runs the later one counts");
        assertFalse(second.flagged());
    }

    @Test
    void noUnpaidMonthsNoArrears() {
        assertTrue(ArrearsRuns.of(List.of()).isEmpty());
        assertEquals(1, ArrearsRuns.of(List.<long[]>of(new long[] {7, 202412})).get(7L).longestRun());
    }
}
