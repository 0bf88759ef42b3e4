package org.grassroots.rolemodel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;
import org.grassroots.rolemodel.internal.Levels.Level;

/**
 * The review of a nomination, level by level up to the campaign's organizing unit: submitted to the nearest level
 * above the nominee's unit; the level holding it approves (it goes one level up, or is awarded at the organizing
 * unit) or returns it (one level down, or back to the nominating unit from the first level); a returned nomination
 * is submitted again or withdrawn. Awarded and withdrawn nominations take no further step. Pure, so it is unit tested.
 */
public final class NominationFlow {
    /** Where a step leaves a nomination: its status and the level that must decide next (null unless pending). */
    public record Outcome(NominationStatus status, Long pendingUnitId) {
    }

    private NominationFlow() {
    }

    /** The steps a status allows. */
    public static List<NominationAction> allowed(NominationStatus status) {
        return switch (status) {
            case PENDING -> List.of(NominationAction.APPROVE, NominationAction.RETURN);
            case RETURNED -> List.of(NominationAction.SUBMIT, NominationAction.WITHDRAW);
            default -> List.of();
        };
    }

    /**
     * The levels that review a nomination, nearest first: the levels above the nominee's unit ({@link Levels#chain})
     * up to the organizing unit, which always decides last even when its type is not a level.
     */
    public static List<Long> reviewers(List<Level> chainAbove, long organizerId) {
        List<Long> ids = new ArrayList<>();
        for (Level level : chainAbove) {
            if (level.unitId() == organizerId) {
                break;
            }
            ids.add(level.unitId());
        }
        ids.add(organizerId);
        return ids;
    }

    /** The outcome of a step; 409 naming the allowed steps when the status does not allow it. */
    public static Outcome next(NominationStatus status, NominationAction action, List<Long> reviewers, Long pendingUnitId) {
        List<NominationAction> allowed = allowed(status);
        if (!allowed.contains(action)) {
            throw allowed.isEmpty() ? RoleModelText.TEXT.conflict("nomination.final", action, status)
                    : RoleModelText.TEXT.conflict("nomination.illegal", action, status, labels(allowed));
        }
        int at = pendingUnitId == null ? -1 : reviewers.indexOf(pendingUnitId);
        return switch (action) {
            case SUBMIT -> new Outcome(NominationStatus.PENDING, reviewers.get(0));
            case WITHDRAW -> new Outcome(NominationStatus.WITHDRAWN, null);
            case APPROVE -> at < 0 || at + 1 >= reviewers.size() ? new Outcome(NominationStatus.AWARDED, null)
                    : new Outcome(NominationStatus.PENDING, reviewers.get(at + 1));
            case RETURN -> at <= 0 ? new Outcome(NominationStatus.RETURNED, null)
                    : new Outcome(NominationStatus.PENDING, reviewers.get(at - 1));
        };
    }

    /** The steps' labels in the reader's language ("Approve, Return" / "同意、退回"). */
    static Message labels(List<NominationAction> actions) {
        return locale -> actions.stream().map(a -> Languages.isEnglish(locale) ? a.labels().en() : a.labels().zhCN())
                .collect(Collectors.joining(Languages.isEnglish(locale) ? ", " : "、"));
    }
}
