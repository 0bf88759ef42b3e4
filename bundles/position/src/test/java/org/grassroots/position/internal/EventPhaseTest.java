package org.grassroots.position.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** An event's phase: sign-up before, sign-in from half an hour before the start to the end, then ended for ever. */
class EventPhaseTest {
    private static final LocalDateTime START = LocalDateTime.of(2025, 5, 1, 9, 0);
    private static final LocalDateTime END = LocalDateTime.of(2025, 5, 1, 11, 0);

    @Test
    void phasesFollowTheClock() {
        assertEquals(EventPhase.SIGN_UP, EventPhase.at(START, END, START.minusDays(3)));
        assertEquals(EventPhase.SIGN_UP, EventPhase.at(START, END, START.minusMinutes(31)));
        assertEquals(EventPhase.SIGN_IN, EventPhase.at(START, END, START.minusMinutes(30)));
        assertEquals(EventPhase.SIGN_IN, EventPhase.at(START, END, END.minusMinutes(1)));
        assertEquals(EventPhase.ENDED, EventPhase.at(START, END, END));
        assertEquals(EventPhase.ENDED, EventPhase.at(START, END, END.plusYears(1)));
    }

    @Test
    void signUpClosesAtTheStart() {
        assertTrue(EventPhase.signUpOpen(START, START.minusMinutes(1)));
        assertFalse(EventPhase.signUpOpen(START, START));
    }

    @Test
    void everyPhaseHasBothLabels() {
        for (EventPhase p : EventPhase.values()) {
            assertFalse(p.labels().zhCN().isBlank() || p.labels().en().isBlank());
        }
        for (BookingStatus s : BookingStatus.values()) {
            assertFalse(s.labels().zhCN().isBlank() || s.labels().en().isBlank());
        }
    }
}
