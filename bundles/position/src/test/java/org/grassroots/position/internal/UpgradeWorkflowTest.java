package org.grassroots.position.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.grassroots.core.api.ConflictException;
import org.junit.jupiter.api.Test;

class UpgradeWorkflowTest {
    @Test
    void theProjectGoesFromPlannedToAcceptedAndMayBeReturnedOnce() {
        UpgradeStatus s = UpgradeStatus.PLANNED;
        s = UpgradeWorkflow.next(s, UpgradeAction.START);
        assertEquals(UpgradeStatus.IN_PROGRESS, s);
        assertEquals(UpgradeStatus.IN_PROGRESS, UpgradeWorkflow.next(s, UpgradeAction.NOTE));
        s = UpgradeWorkflow.next(s, UpgradeAction.COMPLETE);
        assertEquals(UpgradeStatus.IN_PROGRESS, UpgradeWorkflow.next(s, UpgradeAction.RETURN));
        s = UpgradeWorkflow.next(s, UpgradeAction.ACCEPT);
        assertEquals(UpgradeStatus.ACCEPTED, s);
        assertEquals(List.of(), UpgradeWorkflow.allowed(s));
    }

    @Test
    void anIllegalStepIsAConflictNamingTheAllowedSteps() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> UpgradeWorkflow.next(UpgradeStatus.PLANNED, UpgradeAction.ACCEPT));
        assertTrue(e.message().english().contains("allowed: Start, Progress note"), e.message().english());
        assertThrows(ConflictException.class, () -> UpgradeWorkflow.next(UpgradeStatus.ACCEPTED, UpgradeAction.NOTE));
        assertThrows(ConflictException.class, () -> UpgradeWorkflow.next(UpgradeStatus.IN_PROGRESS, UpgradeAction.ACCEPT));
    }

    @Test
    void onlyTheLevelAboveAccepts() {
        assertTrue(UpgradeWorkflow.above(null, "/1/2/"));
        assertTrue(UpgradeWorkflow.above("/1/", "/1/2/"));
        assertFalse(UpgradeWorkflow.above("/1/2/", "/1/2/"));
        assertFalse(UpgradeWorkflow.above("/1/3/", "/1/2/"));
    }
}
