package org.grassroots.education.internal;

import java.sql.Timestamp;

import javax.persistence.EntityManager;

import org.grassroots.core.api.UtcTimes;

/**
 * The rows of {@code EDU_REMINDER_RUN}: which unit was reminded in which period. The schedule keeps one per district
 * and month ({@code 2024-11}); {@link Reminders} one per unit reminded in it ({@link #unitKey}: {@code 2024-11/u}), so
 * a district that is itself a unit behind keeps both rows and a run that stopped half-way goes on where it stopped.
 */
final class ReminderRuns {
    private ReminderRuns() {
    }

    /** The period key of a unit's own reminder in the schedule's {@code period}. */
    static String unitKey(String period) {
        return period + "/u";
    }

    static boolean marked(EntityManager em, long unitId, String periodKey) {
        return !em.createNativeQuery("SELECT 1 FROM EDU_REMINDER_RUN WHERE UNIT_ID = ? AND PERIOD_KEY = ?")
                .setParameter(1, unitId).setParameter(2, periodKey).getResultList().isEmpty();
    }

    /** Marks {@code unitId} reminded in {@code periodKey}; {@code units} is how many units that reminder covered. */
    static void mark(EntityManager em, long unitId, String periodKey, int units) {
        em.createNativeQuery("INSERT INTO EDU_REMINDER_RUN (UNIT_ID, PERIOD_KEY, SENT_AT, UNITS) VALUES (?, ?, ?, ?)")
                .setParameter(1, unitId).setParameter(2, periodKey)
                .setParameter(3, Timestamp.valueOf(UtcTimes.now())).setParameter(4, units).executeUpdate();
    }
}
