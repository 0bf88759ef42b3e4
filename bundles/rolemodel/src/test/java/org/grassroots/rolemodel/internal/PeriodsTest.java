package org.grassroots.rolemodel.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Contact-point periods of the same unit must not overlap; open-ended periods reach into every later year. */
class PeriodsTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void periodsSharingADayOverlap() {
        assertTrue(Periods.overlap(d("2024-01-01"), null, d("2023-06-01"), d("2024-01-01")));
        assertFalse(Periods.overlap(d("2024-01-01"), null, d("2023-06-01"), d("2023-12-31")));
        assertTrue(Periods.overlap(d("2024-01-01"), d("2024-03-01"), d("2024-02-01"), null));
        assertFalse(Periods.overlap(d("2024-01-01"), d("2024-03-01"), d("2024-03-02"), null));
    }

    @Test
    void activeInAYear() {
        assertTrue(Periods.activeIn(d("2022-03-01"), null, 2024));
        assertFalse(Periods.activeIn(d("2022-03-01"), d("2023-12-31"), 2024));
        assertTrue(Periods.activeIn(d("2024-12-31"), null, 2024));
        assertFalse(Periods.activeIn(d("2025-01-01"), null, 2024));
    }
}
