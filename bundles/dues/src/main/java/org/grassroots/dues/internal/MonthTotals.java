package org.grassroots.dues.internal;

import java.util.Collection;
import java.util.TreeSet;

import javax.persistence.EntityManager;

/**
 * The roll-up {@code DUES_MONTH_TOTAL} (V5): one row per month with its dues counted by status and its expected and
 * collected sums, so that a district's figures read a row per organization and month (2,364 on the demo) instead of
 * every due (47,040). Every write that changes a month's dues recounts that month in the same transaction: opening
 * and refreshing ({@link DueLedger}), paying ({@link Payments#payIn} callers), revoking, exemptions; the demo year
 * writes the rows it played ({@link DemoYear}). Plain SQL, no entity: the month's own version (its ETag) must not
 * change when a due of it is paid.
 */
final class MonthTotals {
    static final String TABLE = "DUES_MONTH_TOTAL";
    static final String COLUMNS = "MONTH_ID, ORGANIZATION_ID, ORG_PATH, PERIOD, DUES, PAID, UNPAID, EXEMPT, EXPECTED, COLLECTED";
    /** Exempt dues expect nothing and count nothing collected, as in {@link DueLedger#sums}. */
    static final String RECOUNT = "INSERT INTO " + TABLE + " (" + COLUMNS + ") "
            + "SELECT m.ID, m.ORGANIZATION_ID, m.ORG_PATH, m.PERIOD, COUNT(d.ID), "
            + "SUM(CASE WHEN d.STATUS = 'PAID' THEN 1 ELSE 0 END), SUM(CASE WHEN d.STATUS = 'UNPAID' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN d.STATUS = 'EXEMPT' THEN 1 ELSE 0 END), "
            + "COALESCE(SUM(CASE WHEN d.STATUS = 'EXEMPT' THEN 0 ELSE d.AMOUNT_DUE END), 0), "
            + "COALESCE(SUM(CASE WHEN d.STATUS = 'EXEMPT' THEN 0 ELSE d.PAID_AMOUNT END), 0) "
            + "FROM DUES_MONTH m LEFT JOIN DUES_DUE d ON d.MONTH_ID = m.ID WHERE m.ID = ? "
            + "GROUP BY m.ID, m.ORGANIZATION_ID, m.ORG_PATH, m.PERIOD";

    private MonthTotals() {
    }

    /** Recounts the months from their dues (after flushing the pending changes, which the SQL must see). */
    static void recount(EntityManager em, Collection<Long> monthIds) {
        em.flush();
        if (monthIds.isEmpty()) {
            return;
        }
        for (Long id : new TreeSet<>(monthIds)) {
            em.createNativeQuery("DELETE FROM " + TABLE + " WHERE MONTH_ID = ?").setParameter(1, id).executeUpdate();
            em.createNativeQuery(RECOUNT).setParameter(1, id).executeUpdate();
        }
    }

    static void recount(EntityManager em, long monthId) {
        recount(em, java.util.List.of(monthId));
    }
}
