package org.grassroots.industrial.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.grassroots.industrial.RequestStatus;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
    /** Wednesday 2024-05-15 09:30. */
    private static final LocalDateTime WEDNESDAY = LocalDateTime.of(2024, 5, 15, 9, 30);

    @Test
    void countsWorkingDaysSkippingWeekends() {
        assertEquals(LocalDateTime.of(2024, 5, 16, 9, 30), Deadlines.dueAt(WEDNESDAY, 1));
        assertEquals(LocalDateTime.of(2024, 5, 20, 9, 30), Deadlines.dueAt(WEDNESDAY, 3)); // Thu, Fri, Mon
        assertEquals(LocalDateTime.of(2024, 5, 29, 9, 30), Deadlines.dueAt(WEDNESDAY, 10));
    }

    @Test
    void aWeekendSubmissionCountsFromMonday() {
        LocalDateTime saturday = LocalDateTime.of(2024, 5, 18, 10, 0);
        assertEquals(LocalDateTime.of(2024, 5, 20, 10, 0), Deadlines.dueAt(saturday, 1));
    }

    @Test
    void refusesDeadlinesShorterThanADay() {
        assertThrows(IllegalArgumentException.class, () -> Deadlines.dueAt(WEDNESDAY, 0));
    }

    @Test
    void openRequestsPastTheirDeadlineAreOverdue() {
        LocalDateTime due = Deadlines.dueAt(WEDNESDAY, 3);
        for (RequestStatus open : List.of(RequestStatus.SUBMITTED, RequestStatus.ASSIGNED, RequestStatus.IN_PROGRESS,
                RequestStatus.REOPENED)) {
            assertTrue(Deadlines.overdue(open, due, due.plusMinutes(1)), open.name());
            assertFalse(Deadlines.overdue(open, due, due), open.name());
        }
        assertFalse(Deadlines.overdue(RequestStatus.RESOLVED, due, due.plusDays(30)));
        assertFalse(Deadlines.overdue(RequestStatus.RATED, due, due.plusDays(30)));
    }

    @Test
    void onTimeIsKnownOnceResolved() {
        LocalDateTime due = Deadlines.dueAt(WEDNESDAY, 3);
        assertTrue(Deadlines.onTime(RequestStatus.RESOLVED, due, due));
        assertFalse(Deadlines.onTime(RequestStatus.RATED, due.plusSeconds(1), due));
        assertNull(Deadlines.onTime(RequestStatus.IN_PROGRESS, null, due));
    }
}
