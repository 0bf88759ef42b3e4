package org.grassroots.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grassroots.core.api.ConflictException;
import org.junit.jupiter.api.Test;

/** The month's state machine and the periods it is keyed by. */
class MonthWorkflowTest {
    @Test
    void anOpenMonthIsSettledAndASettledOneOnlyReopened() {
        assertEquals(List.of(MonthAction.SETTLE), MonthWorkflow.allowed(MonthStatus.OPEN));
        assertEquals(MonthStatus.SETTLED, MonthWorkflow.next(MonthStatus.OPEN, MonthAction.SETTLE));
        assertEquals(MonthStatus.OPEN, MonthWorkflow.next(MonthStatus.SETTLED, MonthAction.REOPEN));
        ConflictException twice = assertThrows(ConflictException.class, () -> MonthWorkflow.next(MonthStatus.SETTLED, MonthAction.SETTLE));
        assertTrue(twice.getMessage().contains("allowed: Reopen"), twice.getMessage());
        assertTrue(twice.message(java.util.Locale.SIMPLIFIED_CHINESE).contains("可执行：重新开启"), twice.getMessage());
        assertThrows(ConflictException.class, () -> MonthWorkflow.next(MonthStatus.OPEN, MonthAction.REOPEN));
        assertThrows(ConflictException.class, () -> MonthWorkflow.next(MonthStatus.OPEN, MonthAction.OPEN));
    }

    @Test
    void periodsAreYearTimesHundredPlusMonth() {
        assertEquals(202403, Periods.parse("2024-03"));
        assertEquals("2024-03", Periods.text(202403));
        assertEquals(202501, Periods.next(202412));
        assertEquals(12, Periods.length(202401, 202412));
        assertEquals(0, Periods.length(202402, 202401));
        assertNull(Periods.parse("2024-13"));
        assertNull(Periods.parse("1999-12"));
        assertNull(Periods.parse("March"));
        assertNull(Periods.parse(null));
    }

    @Test
    void aMonthIsDueForSettlingByTheFifteenthOfTheMonthAfter() {
        assertEquals(202402, Reminders.lastDue(java.time.LocalDate.of(2024, 3, 16), 15));
        assertEquals(202401, Reminders.lastDue(java.time.LocalDate.of(2024, 3, 15), 15));
        assertEquals(202411, Reminders.lastDue(java.time.LocalDate.of(2025, 1, 2), 15));
    }
}
