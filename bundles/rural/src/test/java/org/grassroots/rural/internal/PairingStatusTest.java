package org.grassroots.rural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grassroots.core.api.ConflictException;
import org.junit.jupiter.api.Test;

class PairingStatusTest {
    @Test
    void happyPath() {
        assertTrue(PairingStatus.PROPOSED.canMoveTo(PairingStatus.AGREED));
        assertTrue(PairingStatus.AGREED.canMoveTo(PairingStatus.ACTIVE));
        assertTrue(PairingStatus.ACTIVE.canMoveTo(PairingStatus.ENDED));
    }

    @Test
    void aPairingMayEndBeforeItStarts() {
        assertTrue(PairingStatus.PROPOSED.canMoveTo(PairingStatus.ENDED));
        assertTrue(PairingStatus.AGREED.canMoveTo(PairingStatus.ENDED));
    }

    @Test
    void noSkippingNoGoingBackEndedIsFinal() {
        assertFalse(PairingStatus.PROPOSED.canMoveTo(PairingStatus.ACTIVE));
        assertFalse(PairingStatus.ACTIVE.canMoveTo(PairingStatus.AGREED));
        assertFalse(PairingStatus.ACTIVE.canMoveTo(PairingStatus.ACTIVE));
        for (PairingStatus target : PairingStatus.values()) {
            assertFalse(PairingStatus.ENDED.canMoveTo(target));
        }
    }

    @Test
    void illegalMoveIsAConflictNamingTheAllowedSteps() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> PairingStatus.PROPOSED.requireMoveTo(PairingStatus.ACTIVE, 7));
        assertEquals(409, e.status());
        assertTrue(e.getMessage().contains("PROPOSED") && e.getMessage().contains("AGREED"), e.getMessage());
    }
}
