package org.grassroots.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The district's quota is its outermost plans' sum: a plan inside a planned unit is part of that plan. */
class PlannedQuotasTest {
    private static Object[] plan(String path, long quota) {
        return new Object[] {path, quota};
    }

    @Test
    void plansInsideAPlannedUnitAreNotCountedTwiceWhateverTheOrderTheyCameIn() {
        List<Object[]> plans = List.of(plan("/1/3/", 5), plan("/1/2/7/", 2), plan("/1/2/", 10), plan("/1/23/", 4),
                plan("/1/2/8/", 1), plan("/1/3/9/", 3));
        // outermost: /1/2/ (10, holding /1/2/7/ and /1/2/8/), /1/23/ (4: a sibling whose path merely begins alike
        // only if the paths end with '/'), /1/3/ (5, holding /1/3/9/)
        assertEquals(19, MembershipStatistics.planned(plans));
        assertEquals(0, MembershipStatistics.planned(List.of()));
    }

    @Test
    void manySiblingPlansAreEachCounted() {
        List<Object[]> plans = new ArrayList<>();
        for (int unit = 0; unit < 20_000; unit++) {
            plans.add(plan("/1/" + unit + "/", 1));
        }
        assertEquals(20_000, MembershipStatistics.planned(plans));
    }
}
