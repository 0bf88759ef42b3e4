package org.grassroots.rolemodel.internal;

import java.util.List;

/**
 * The "四位一体" lifecycle of a role model: 发现 (DISCOVERED, where every model starts) → 培养 (CULTIVATING) →
 * 宣传 (PUBLICIZED) → 学习 (LEARNING), one stage at a time, never back. What must exist before a step (a tracking
 * record before publicizing, a publicity item before publicizing, a learning activity before learning) is checked
 * by {@link #missing}.
 */
public final class Lifecycle {
    private Lifecycle() {
    }

    /** The steps allowed at a stage (none once the model is learned from). */
    public static List<StageAction> allowed(Stage stage) {
        return switch (stage) {
            case DISCOVERED -> List.of(StageAction.CULTIVATE);
            case CULTIVATING -> List.of(StageAction.PUBLICIZE);
            case PUBLICIZED -> List.of(StageAction.LEARN);
            case LEARNING -> List.of();
        };
    }

    /** The stage after the step, or a 409 naming the allowed steps. */
    public static Stage next(Stage stage, StageAction action) {
        if (!allowed(stage).contains(action)) {
            List<StageAction> allowed = allowed(stage);
            throw allowed.isEmpty() ? RoleModelText.TEXT.conflict("stage.final", action, stage)
                    : RoleModelText.TEXT.conflict("stage.illegal", action, stage, allowed.get(0));
        }
        return switch (action) {
            case CULTIVATE -> Stage.CULTIVATING;
            case PUBLICIZE -> Stage.PUBLICIZED;
            case LEARN -> Stage.LEARNING;
            case DISCOVER -> Stage.DISCOVERED;
        };
    }

    /**
     * The message key of what is missing before {@code action} (null when nothing is): publicizing needs a
     * cultivation tracking record and a publicity item, organized learning needs a learning activity.
     */
    public static String missing(StageAction action, long trackings, long publicity, long learning) {
        if (action == StageAction.PUBLICIZE && trackings == 0) {
            return "stage.needsTracking";
        }
        if (action == StageAction.PUBLICIZE && publicity == 0) {
            return "stage.needsPublicity";
        }
        if (action == StageAction.LEARN && learning == 0) {
            return "stage.needsLearning";
        }
        return null;
    }

    /** Whether tracking and publicity may be recorded at the stage (from 培养 on). */
    public static boolean cultivated(Stage stage) {
        return stage != Stage.DISCOVERED;
    }

    /** Whether learning activities may be recorded at the stage (from 宣传 on). */
    public static boolean publicized(Stage stage) {
        return stage == Stage.PUBLICIZED || stage == Stage.LEARNING;
    }
}
