package org.grassroots.industrial.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, IndustrialStatistics.median(List.of(5.0, 1.0, 3.0)));
        assertEquals(2.5, IndustrialStatistics.median(List.of(4.0, 1.0, 2.0, 3.0)));
    }

    @Test
    void figuresDeriveFromTheSums() {
        IndustrialStatistics.Acc a = new IndustrialStatistics.Acc();
        a.coverage.put("OWN_BRANCH", 3L);
        a.coverage.put("JOINT_BRANCH", 4L);
        a.coverage.put("NONE", 1L);
        a.byStatus.put("RATED", 2L);
        a.byStatus.put("SUBMITTED", 1L);
        a.hours.addAll(List.of(10.0, 30.0));
        a.onTime = 1;
        a.ratingSum = 9;
        a.ratings = 2;
        var f = a.figures();
        assertEquals(8, f.enterprises());
        assertEquals(7, f.covered());
        assertEquals(87.5, f.coveredPercent());
        assertEquals(3, f.requests());
        assertEquals(20.0 / 24, f.medianResolutionDays(), 0.05);
        assertEquals(50.0, f.onTimePercent());
        assertEquals(4.5, f.averageRating());
    }
}
