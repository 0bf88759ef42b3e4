package org.grassroots.position.internal;

import java.util.List;

import org.grassroots.core.api.module.LocalizedText;

/**
 * The upgrade project's state machine: PLANNED → (start) IN_PROGRESS → (complete) COMPLETED → (accept, by the level
 * above) ACCEPTED; a completed project the level above does not accept is returned to IN_PROGRESS with a reason.
 * Progress notes (with photos) are recorded in any state before acceptance.
 */
public final class UpgradeWorkflow {
    private UpgradeWorkflow() {
    }

    /** The actions allowed in a state (NOTE included where progress may be recorded). */
    public static List<UpgradeAction> allowed(UpgradeStatus status) {
        return switch (status) {
            case PLANNED -> List.of(UpgradeAction.START, UpgradeAction.NOTE);
            case IN_PROGRESS -> List.of(UpgradeAction.COMPLETE, UpgradeAction.NOTE);
            case COMPLETED -> List.of(UpgradeAction.ACCEPT, UpgradeAction.RETURN, UpgradeAction.NOTE);
            case ACCEPTED -> List.of();
        };
    }

    /** The state after the action, or a 409 naming the allowed steps. */
    public static UpgradeStatus next(UpgradeStatus status, UpgradeAction action) {
        List<UpgradeAction> allowed = allowed(status);
        if (!allowed.contains(action)) {
            throw PosText.TEXT.conflict("upgrade.illegal", action, status, names(allowed));
        }
        return switch (action) {
            case START, RETURN -> UpgradeStatus.IN_PROGRESS;
            case COMPLETE -> UpgradeStatus.COMPLETED;
            case ACCEPT -> UpgradeStatus.ACCEPTED;
            case NOTE, PLAN -> status;
        };
    }

    /** The actions named in both languages ("无" / "none" when there are none). */
    static LocalizedText names(List<UpgradeAction> actions) {
        if (actions.isEmpty()) {
            return LocalizedText.of("无", "none");
        }
        return LocalizedText.of(String.join("、", actions.stream().map(a -> a.labels().zhCN()).toList()),
                String.join(", ", actions.stream().map(a -> a.labels().en()).toList()));
    }

    /**
     * Whether a caller whose scope is {@code callerPath} ({@code null}: the whole platform) stands above a unit at
     * {@code hostPath}: acceptance is by the level above, never by the host's own level.
     */
    public static boolean above(String callerPath, String hostPath) {
        return callerPath == null || (hostPath.startsWith(callerPath) && !hostPath.equals(callerPath));
    }
}
