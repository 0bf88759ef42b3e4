package org.grassroots.education.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class CheckInsTest {
    private static final LocalDateTime START = LocalDateTime.of(2024, 5, 20, 14, 0);
    private static final LocalDateTime END = START.plusHours(3);

    @Test
    void aCodeOpensHalfAnHourBeforeTheStartAndClosesAtTheEnd() {
        assertFalse(CheckIns.open(START, END, START.minusMinutes(31)));
        assertTrue(CheckIns.open(START, END, START.minusMinutes(30)));
        assertTrue(CheckIns.open(START, END, START.plusHours(1)));
        assertTrue(CheckIns.open(START, END, END));
        assertFalse(CheckIns.open(START, END, END.plusSeconds(1)), "a code cannot be reused after the session");
    }

    @Test
    void codesAreSixDigits() {
        for (int i = 0; i < 200; i++) {
            assertTrue(CheckIns.newCode().matches("\\d{6}"));
        }
    }
}
