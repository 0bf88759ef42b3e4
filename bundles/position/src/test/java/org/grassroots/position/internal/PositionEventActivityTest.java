package org.grassroots.position.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class PositionEventActivityTest {
    private static final LocalDateTime NINE = LocalDateTime.of(2024, 3, 5, 9, 0);

    @Test
    void anEventCountsItsLengthToATenthOfAnHour() {
        assertEquals(new BigDecimal("2.0"), PositionEventActivity.eventHours(NINE, NINE.plusHours(2)));
        assertEquals(new BigDecimal("1.2"), PositionEventActivity.eventHours(NINE, NINE.plusMinutes(70)));
        assertEquals(new BigDecimal("0.1"), PositionEventActivity.eventHours(NINE, NINE.plusMinutes(3)));
    }

    @Test
    void aDayAtMostAndNeverLessThanNothing() {
        assertEquals(new BigDecimal("8.0"), PositionEventActivity.eventHours(NINE, NINE.plusDays(7)));
        assertEquals(new BigDecimal("0.0"), PositionEventActivity.eventHours(NINE, NINE.minusHours(1)));
    }
}
