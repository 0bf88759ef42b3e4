package org.grassroots.core.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The warm-up computes what the dashboard asks first, and only once the platform has stopped changing. */
class DashboardWarmupTest {

    @Test
    void theFiveYearsEndAtTheNewestYearWithDataOrAtLastYear() {
        assertEquals(List.of(2020, 2021, 2022, 2023, 2024), DashboardWarmup.trendYears(List.of(2024, 2019, 2018), 2026));
        // a module counting the present (sites, positions) makes this year the newest
        assertEquals(List.of(2022, 2023, 2024, 2025, 2026), DashboardWarmup.trendYears(List.of(2026, 2024), 2026));
        // nothing dated yet: the console's year picker opens on last year
        assertEquals(List.of(2021, 2022, 2023, 2024, 2025), DashboardWarmup.trendYears(List.of(), 2026));
    }

    @Test
    void settledOnlyAfterTheSameStateThreeTimesInARow() {
        DashboardWarmup.Steadiness steadiness = new DashboardWarmup.Steadiness(3);
        assertFalse(steadiness.observe(Set.of()), "modules not started yet: an empty set once");
        assertFalse(steadiness.observe(Set.of("rural")));
        assertFalse(steadiness.observe(Set.of("rural", "dues")));
        assertFalse(steadiness.observe(Set.of("rural", "dues")));
        assertTrue(steadiness.observe(Set.of("rural", "dues")));
    }

    @Test
    void notYetStartsTheCountAgain() {
        DashboardWarmup.Steadiness steadiness = new DashboardWarmup.Steadiness(3);
        steadiness.observe(Set.of("rural"));
        steadiness.observe(Set.of("rural"));
        assertFalse(steadiness.observe(null), "the demo is being written");
        assertFalse(steadiness.observe(Set.of("rural")));
        assertFalse(steadiness.observe(Set.of("rural")));
        assertTrue(steadiness.observe(Set.of("rural")));
    }
}
