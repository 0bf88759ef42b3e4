package org.grassroots.education.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.training.TrainingHours;
import org.grassroots.core.api.training.TrainingSession;
import org.junit.jupiter.api.Test;

/**
 * Development candidates as trainees: their hours are the sum of the held sessions' hours (half hours kept), and they
 * join or leave a session only while it is planned or held.
 */
class SessionTraineesTest {
    @Test
    void theHoursAreTheSumOfTheSessionsAttended() {
        TrainingHours none = EducationTrainingHours.total(7, List.of());
        assertEquals(new BigDecimal("0.0"), none.total());
        assertTrue(none.sessions().isEmpty());
        TrainingHours two = EducationTrainingHours.total(7, List.of(
                new TrainingSession(1, "发展对象培训班（一）", LocalDate.of(2026, 5, 1), new BigDecimal("16.0")),
                new TrainingSession(2, "发展对象培训班（二）", LocalDate.of(2026, 5, 8), new BigDecimal("7.5"))));
        assertEquals(new BigDecimal("23.5"), two.total());
        assertEquals(2, two.sessions().size());
    }

    @Test
    void traineesChangeOnlyWhileTheSessionIsPlannedOrHeld() {
        SessionEntity s = new SessionEntity();
        s.title = "发展对象培训班";
        for (SessionStatus open : List.of(SessionStatus.PLANNED, SessionStatus.HELD)) {
            s.status = open;
            assertDoesNotThrow(() -> SessionTrainees.requireOpen(s));
        }
        for (SessionStatus closed : List.of(SessionStatus.ARCHIVED, SessionStatus.CANCELLED)) {
            s.status = closed;
            ConflictException e = assertThrows(ConflictException.class, () -> SessionTrainees.requireOpen(s));
            assertTrue(e.getMessage().contains("发展对象培训班"), e.getMessage());
        }
        s.status = SessionStatus.ARCHIVED;
        assertTrue(EducationMessages.TEXT.in(Locale.SIMPLIFIED_CHINESE, "trainee.sessionClosed", s.title, s.status)
                .contains("已归档"));
    }
}
