package org.grassroots.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.grassroots.core.api.ConflictException;
import org.junit.jupiter.api.Test;

/** Status events follow the member's state; plans are found up the tree; the letter escapes what it prints. */
class StatusRulesTest {
    @Test
    void membershipEndsOnceAndSuspensionAndContactAlternate() {
        StatusEvents.check(StatusKind.SUSPENSION, List.of());
        StatusEvents.check(StatusKind.RESTORATION, List.of(StatusKind.SUSPENSION));
        assertThrows(ConflictException.class, () -> StatusEvents.check(StatusKind.RESTORATION, List.of()));
        assertThrows(ConflictException.class, () -> StatusEvents.check(StatusKind.SUSPENSION, List.of(StatusKind.SUSPENSION)));
        StatusEvents.check(StatusKind.SUSPENSION, List.of(StatusKind.SUSPENSION, StatusKind.RESTORATION));
        StatusEvents.check(StatusKind.CONTACT_RESTORED, List.of(StatusKind.LOST_CONTACT));
        assertThrows(ConflictException.class, () -> StatusEvents.check(StatusKind.LOST_CONTACT, List.of(StatusKind.LOST_CONTACT)));
        StatusEvents.check(StatusKind.LAPSE, List.of(StatusKind.LOST_CONTACT));
        assertThrows(ConflictException.class, () -> StatusEvents.check(StatusKind.RESTORATION, List.of(StatusKind.DEATH)));
    }

    @Test
    void thePlansOfAUnitAreItsOwnAndItsAncestors() {
        assertEquals(List.of("/1/", "/1/7/", "/1/7/42/"), Plans.ancestors("/1/7/42/"));
    }

    @Test
    void theLetterEscapesWhatItPrints() {
        assertEquals("&lt;b&gt;王&amp;李&quot;&#39;", Letters.esc("<b>王&李\"'"));
    }
}
