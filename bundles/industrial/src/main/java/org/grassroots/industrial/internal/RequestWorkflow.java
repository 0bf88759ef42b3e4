package org.grassroots.industrial.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.grassroots.industrial.RequestAction;
import org.grassroots.industrial.RequestStatus;

/**
 * The request state machine, the one place that says which action is allowed in which state and what it needs:
 * <pre>
 * SUBMITTED ─assign→ ASSIGNED ─start→ IN_PROGRESS ─resolve→ RESOLVED ─rate→ RATED
 *                     ↑ assign (reassign)                        │
 * REOPENED ←──────────────────────── reopen ─────────────────────┘   REOPENED ─assign→ ASSIGNED, ─start→ IN_PROGRESS
 * </pre>
 * An action the current state does not allow is a conflict (409) naming the state and what is allowed instead;
 * missing or bad input for an allowed action is a validation failure (422) naming the field.
 */
public final class RequestWorkflow {
    private static final Map<RequestAction, Set<RequestStatus>> FROM = new EnumMap<>(RequestAction.class);
    private static final Map<RequestAction, RequestStatus> TO = new EnumMap<>(RequestAction.class);

    static {
        rule(RequestAction.ASSIGN, RequestStatus.ASSIGNED, RequestStatus.SUBMITTED, RequestStatus.ASSIGNED, RequestStatus.REOPENED);
        rule(RequestAction.START, RequestStatus.IN_PROGRESS, RequestStatus.ASSIGNED, RequestStatus.REOPENED);
        rule(RequestAction.RESOLVE, RequestStatus.RESOLVED, RequestStatus.IN_PROGRESS);
        rule(RequestAction.RATE, RequestStatus.RATED, RequestStatus.RESOLVED);
        rule(RequestAction.REOPEN, RequestStatus.REOPENED, RequestStatus.RESOLVED);
    }

    static final int MAX_TEXT = 4000;

    private RequestWorkflow() {
    }

    private static void rule(RequestAction action, RequestStatus to, RequestStatus... from) {
        FROM.put(action, EnumSet.of(from[0], from));
        TO.put(action, to);
    }

    /** The actions a request in {@code status} allows, in workflow order. */
    public static List<RequestAction> allowed(RequestStatus status) {
        List<RequestAction> actions = new ArrayList<>();
        FROM.forEach((action, from) -> {
            if (from.contains(status)) {
                actions.add(action);
            }
        });
        return actions;
    }

    /**
     * The state {@code action} leads to from {@code current}.
     *
     * @throws ConflictException when the state does not allow the action
     * @throws ValidationException when the step lacks what the action needs
     */
    public static RequestStatus next(long requestId, RequestStatus current, RequestAction action, WorkflowStep step) {
        if (action == RequestAction.SUBMIT || !FROM.get(action).contains(current)) {
            List<RequestAction> allowed = allowed(current);
            throw new ConflictException("Service request " + requestId + " is " + current + " (" + current.label()
                    + "): it cannot be " + verb(action) + " now; allowed: "
                    + (allowed.isEmpty() ? "nothing, the request is closed"
                    : allowed.stream().map(a -> a.name().toLowerCase()).collect(Collectors.joining(", "))));
        }
        List<FieldError> errors = validate(action, step == null ? WorkflowStep.empty() : step);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return TO.get(action);
    }

    static List<FieldError> validate(RequestAction action, WorkflowStep step) {
        List<FieldError> errors = new ArrayList<>();
        switch (action) {
            case ASSIGN -> {
                if (step.assigneeMemberId() == null && blank(step.assigneeDepartment())) {
                    errors.add(FieldError.of("assigneeMemberId", "required: the member (or assigneeDepartment: the department) who handles the request"));
                }
                if (step.assigneeDepartment() != null && step.assigneeDepartment().length() > 200) {
                    errors.add(FieldError.of("assigneeDepartment", "at most 200 characters"));
                }
            }
            case RESOLVE -> {
                if (blank(step.resolution())) {
                    errors.add(FieldError.of("resolution", "required: what was done for the enterprise"));
                }
            }
            case RATE -> {
                if (step.rating() == null || step.rating() < 1 || step.rating() > 5) {
                    errors.add(FieldError.of("rating", "required: 1 (very dissatisfied) to 5 (very satisfied)"));
                }
                if (step.comment() != null && step.comment().length() > 1000) {
                    errors.add(FieldError.of("comment", "at most 1000 characters"));
                }
            }
            case REOPEN -> {
                if (blank(step.reason())) {
                    errors.add(FieldError.of("reason", "required: why the enterprise is not satisfied with the resolution"));
                }
            }
            default -> { }
        }
        for (var text : new String[][] {{"resolution", step.resolution()}, {"reason", step.reason()}, {"note", step.note()}}) {
            if (text[1] != null && text[1].length() > MAX_TEXT) {
                errors.add(FieldError.of(text[0], "at most " + MAX_TEXT + " characters"));
            }
        }
        return errors;
    }

    /** The text the history keeps for a step. */
    static String note(RequestAction action, WorkflowStep step) {
        String main = switch (action) {
            case ASSIGN -> "→ " + (step.assigneeDepartment() == null ? "" : step.assigneeDepartment())
                    + (step.assigneeMemberId() == null ? "" : " (member " + step.assigneeMemberId() + ")");
            case RESOLVE -> step.resolution();
            case RATE -> step.rating() + "/5" + (blank(step.comment()) ? "" : " " + step.comment());
            case REOPEN -> step.reason();
            default -> null;
        };
        String note = blank(step.note()) ? null : step.note().trim();
        String joined = main == null ? note : note == null ? main.trim() : main.trim() + " — " + note;
        return joined == null || joined.length() <= MAX_TEXT ? joined : joined.substring(0, MAX_TEXT);
    }

    private static String verb(RequestAction action) {
        return switch (action) {
            case SUBMIT -> "submitted again";
            case ASSIGN -> "assigned";
            case START -> "started";
            case RESOLVE -> "resolved";
            case RATE -> "rated";
            case REOPEN -> "reopened";
        };
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
