package org.grassroots.education.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReminderCalendarTest {
    @Test
    void remindersAreDueOnceAMonthInTheLastQuarterOnly() {
        assertEquals(Optional.empty(), ReminderCalendar.period(LocalDate.of(2024, 9, 30)));
        assertEquals(Optional.of("2024-10"), ReminderCalendar.period(LocalDate.of(2024, 10, 1)));
        assertEquals(Optional.of("2024-10"), ReminderCalendar.period(LocalDate.of(2024, 10, 31)));
        assertEquals(Optional.of("2024-12"), ReminderCalendar.period(LocalDate.of(2024, 12, 31)));
        assertEquals(Optional.empty(), ReminderCalendar.period(LocalDate.of(2025, 1, 1)));
    }
}
