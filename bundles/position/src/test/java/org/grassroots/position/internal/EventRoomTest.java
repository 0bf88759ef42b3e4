package org.grassroots.position.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** An event takes a room only for a slot a booking could have: one day, quarter hours, 06:00 to 23:00. */
class EventRoomTest {
    private static final LocalDateTime DAY = LocalDateTime.of(2026, 5, 12, 0, 0);

    @Test
    void aQuarterHourSlotOfOneDayIsBookable() {
        assertTrue(Events.bookable(DAY.withHour(9), DAY.withHour(11).withMinute(30)));
        assertTrue(Events.bookable(DAY.withHour(6), DAY.withHour(23)));
        assertEquals(Integer.valueOf(9 * 60 + 45), Slots.of(LocalTime.of(9, 45)));
    }

    @Test
    void otherTimesAreNot() {
        assertFalse(Events.bookable(DAY.withHour(9).withMinute(10), DAY.withHour(11)), "not on a quarter hour");
        assertFalse(Events.bookable(DAY.withHour(5).withMinute(45), DAY.withHour(8)), "before 06:00");
        assertFalse(Events.bookable(DAY.withHour(21), DAY.withHour(23).withMinute(15)), "after 23:00");
        assertFalse(Events.bookable(DAY.withHour(18), DAY.plusDays(1).withHour(9)), "over two days");
        assertNull(Slots.of(LocalTime.of(9, 0, 30)));
    }
}
