package org.grassroots.dues.internal;

import java.util.List;

/**
 * The dues month's state machine: a month is opened (its dues computed), payments are recorded while it is OPEN,
 * SETTLE locks it; a settled month can be reopened (with a reason) to correct it, then settled again. Payments of
 * a settled month's unpaid dues are back-payments (补缴), recorded without reopening it.
 */
public final class MonthWorkflow {
    private MonthWorkflow() {
    }

    /** The actions allowed in a state. */
    public static List<MonthAction> allowed(MonthStatus status) {
        return status == MonthStatus.OPEN ? List.of(MonthAction.SETTLE) : List.of(MonthAction.REOPEN);
    }

    /** The state after the action, or a 409 naming the allowed steps. */
    public static MonthStatus next(MonthStatus status, MonthAction action) {
        if (!allowed(status).contains(action)) {
            throw DuesText.TEXT.conflict("month.illegal", action, status, allowed(status).get(0));
        }
        return action == MonthAction.SETTLE ? MonthStatus.SETTLED : MonthStatus.OPEN;
    }
}
