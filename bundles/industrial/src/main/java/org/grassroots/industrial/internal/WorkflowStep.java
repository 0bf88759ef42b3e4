package org.grassroots.industrial.internal;

/**
 * One workflow step. Which fields count depends on the action: assign takes {@code assigneeMemberId} and/or
 * {@code assigneeDepartment}; resolve {@code resolution}; rate {@code rating} (1–5) and {@code comment};
 * reopen {@code reason}; every step may carry a {@code note}.
 */
public record WorkflowStep(Long assigneeMemberId, String assigneeDepartment, String resolution, Integer rating,
                           String comment, String reason, String note) {
    public static WorkflowStep empty() {
        return new WorkflowStep(null, null, null, null, null, null, null);
    }
}
