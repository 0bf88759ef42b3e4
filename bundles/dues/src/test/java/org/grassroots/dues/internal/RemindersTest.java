package org.grassroots.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    @Test
    void everyCollectingOrganizationNotCoveredByAMonthOfThePeriodIsRemindedOnce() {
        Map<Long, String> collecting = new LinkedHashMap<>();
        collecting.put(1L, "/1/10/");   // opened its own month
        collecting.put(2L, "/1/20/21/"); // covered by the month its street opened without cascade
        collecting.put(3L, "/1/30/");   // never opened a month: reminded
        collecting.put(4L, "/1/40/");   // reminded already this month
        collecting.put(5L, "/1/100/");  // a path that merely starts like an opened one's is not covered
        assertEquals(List.of(3L, 5L), Reminders.notOpened(collecting, List.of("/1/10/", "/1/20/", "/1/10/11/"), Set.of(4L)));
        assertEquals(List.of(), Reminders.notOpened(collecting, List.of("/1/"), Set.of()));
    }
}
