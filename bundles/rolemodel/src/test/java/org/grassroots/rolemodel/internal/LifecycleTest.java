package org.grassroots.rolemodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grassroots.core.api.ConflictException;
import org.junit.jupiter.api.Test;

/** 发现 → 培养 → 宣传 → 学习, one stage at a time, never back, with what each step needs. */
class LifecycleTest {
    @Test
    void theStagesFollowOneAnother() {
        assertEquals(Stage.CULTIVATING, Lifecycle.next(Stage.DISCOVERED, StageAction.CULTIVATE));
        assertEquals(Stage.PUBLICIZED, Lifecycle.next(Stage.CULTIVATING, StageAction.PUBLICIZE));
        assertEquals(Stage.LEARNING, Lifecycle.next(Stage.PUBLICIZED, StageAction.LEARN));
        assertEquals(List.of(), Lifecycle.allowed(Stage.LEARNING));
    }

    @Test
    void skippingOrRepeatingAStepIsAConflictNamingTheAllowedStep() {
        ConflictException skip = assertThrows(ConflictException.class, () -> Lifecycle.next(Stage.DISCOVERED, StageAction.LEARN));
        assertTrue(skip.getMessage().contains("allowed: Cultivate"), skip.getMessage());
        assertThrows(ConflictException.class, () -> Lifecycle.next(Stage.CULTIVATING, StageAction.CULTIVATE));
        assertThrows(ConflictException.class, () -> Lifecycle.next(Stage.LEARNING, StageAction.LEARN));
        assertThrows(ConflictException.class, () -> Lifecycle.next(Stage.PUBLICIZED, StageAction.DISCOVER));
    }

    @Test
    void publicizingNeedsTrackingAndPublicityLearningNeedsAnActivity() {
        assertEquals("stage.needsTracking", Lifecycle.missing(StageAction.PUBLICIZE, 0, 1, 0));
        assertEquals("stage.needsPublicity", Lifecycle.missing(StageAction.PUBLICIZE, 1, 0, 0));
        assertNull(Lifecycle.missing(StageAction.PUBLICIZE, 1, 1, 0));
        assertEquals("stage.needsLearning", Lifecycle.missing(StageAction.LEARN, 1, 1, 0));
        assertNull(Lifecycle.missing(StageAction.CULTIVATE, 0, 0, 0));
    }
}
