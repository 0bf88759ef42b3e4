package org.grassroots.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Which month falls due for settling, and which must be open, on a given day. */
class RemindersTest {
    @Test
    void aMonthIsDueForSettlingAfterTheSettlingDayOfTheMonthAfter() {
        assertEquals(202402, Reminders.lastDue(LocalDate.of(2024, 3, 16), 15));
        assertEquals(202401, Reminders.lastDue(LocalDate.of(2024, 3, 15), 15));
        assertEquals(202311, Reminders.lastDue(LocalDate.of(2024, 1, 1), 15));
    }

    @Test
    void thisMonthMustBeOpenAfterTheOpeningDay() {
        assertEquals(202403, Reminders.toBeOpen(LocalDate.of(2024, 3, 11), 10));
        assertNull(Reminders.toBeOpen(LocalDate.of(2024, 3, 10), 10));
        assertEquals(202401, Reminders.toBeOpen(LocalDate.of(2024, 1, 31), 10));
    }
}
