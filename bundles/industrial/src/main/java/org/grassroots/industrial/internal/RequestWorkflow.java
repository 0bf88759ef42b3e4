package org.grassroots.industrial.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.ConflictException;
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
            throw IndustrialMessages.TEXT.conflict("workflow.notAllowed", requestId, current.name(), current, IndustrialMessages.TEXT.message("verb." + action.name()),
                    allowed.isEmpty() ? IndustrialMessages.TEXT.message("workflow.closed") : allowedActions(allowed));
        }
        validate(action, step == null ? WorkflowStep.empty() : step).throwIfAny();
        return TO.get(action);
    }

    static ValidationException.Builder validate(RequestAction action, WorkflowStep step) {
        ValidationException.Builder errors = ValidationException.builder();
        switch (action) {
            case ASSIGN -> {
                if (step.assigneeMemberId() == null && blank(step.assigneeDepartment())) {
                    errors.add("assigneeMemberId", IndustrialMessages.TEXT.message("workflow.assignee"));
                }
                if (step.assigneeDepartment() != null && step.assigneeDepartment().length() > 200) {
                    errors.add("assigneeDepartment", IndustrialMessages.TEXT.message("tooLong", 200));
                }
            }
            case RESOLVE -> {
                if (blank(step.resolution())) {
                    errors.add("resolution", IndustrialMessages.TEXT.message("workflow.resolution"));
                }
            }
            case RATE -> {
                if (step.rating() == null || step.rating() < 1 || step.rating() > 5) {
                    errors.add("rating", IndustrialMessages.TEXT.message("workflow.rating"));
                }
                if (step.comment() != null && step.comment().length() > 1000) {
                    errors.add("comment", IndustrialMessages.TEXT.message("tooLong", 1000));
                }
            }
            case REOPEN -> {
                if (blank(step.reason())) {
                    errors.add("reason", IndustrialMessages.TEXT.message("workflow.reopenReason"));
                }
            }
            default -> { }
        }
        for (var text : new String[][] {{"resolution", step.resolution()}, {"reason", step.reason()}, {"note", step.note()}}) {
            if (text[1] != null && text[1].length() > MAX_TEXT) {
                errors.add(text[0], IndustrialMessages.TEXT.message("tooLong", MAX_TEXT));
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

    /** The actions still possible: their names in English ("assign, start"), their labels in Chinese ("分派、开始办理"). */
    private static Message allowedActions(List<RequestAction> allowed) {
        return locale -> Languages.isEnglish(locale)
                ? allowed.stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "))
                : allowed.stream().map(a -> a.labels().zhCN()).collect(Collectors.joining("、"));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
