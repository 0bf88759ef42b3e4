package org.grassroots.position.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grassroots.core.api.ValidationException;
import org.junit.jupiter.api.Test;

/** Booking slots: quarter hours between 06:00 and 23:00; touching slots do not overlap, every other meeting does. */
class SlotsTest {
    @Test
    void readsQuarterHoursOfTheDay() {
        ValidationException.Builder errors = ValidationException.builder();
        assertEquals(Integer.valueOf(9 * 60 + 30), Slots.minute(errors, "from", " 09:30 "));
        assertEquals(Integer.valueOf(6 * 60), Slots.minute(errors, "from", "6:00"));
        assertEquals(Integer.valueOf(23 * 60), Slots.minute(errors, "to", "23:00"));
        assertTrue(errors.isEmpty());
        assertEquals("09:30", Slots.text(570));
    }

    @Test
    void refusesEveryOtherTime() {
        for (String bad : List.of("9.30", "09:31", "05:45", "23:15", "24:00", "09:60", "nine", "")) {
            ValidationException.Builder errors = ValidationException.builder();
            assertNull(Slots.minute(errors, "from", bad), bad);
            assertEquals("from", errors.build().errors().get(0).field(), bad);
        }
    }

    @Test
    void overlapsButNotWhenTouching() {
        assertTrue(Slots.overlap(540, 660, 600, 720));
        assertTrue(Slots.overlap(540, 660, 480, 555));
        assertTrue(Slots.overlap(540, 660, 570, 600));
        assertTrue(Slots.overlap(570, 600, 540, 660));
        assertFalse(Slots.overlap(540, 660, 660, 720));
        assertFalse(Slots.overlap(660, 720, 540, 660));
    }
}
