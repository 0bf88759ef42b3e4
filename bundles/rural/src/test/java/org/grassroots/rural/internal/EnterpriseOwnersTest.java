package org.grassroots.rural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.Test;

class EnterpriseOwnersTest {
    // district 1 with streets 7 and 8; village 42 under street 7
    private static final String STREET_7 = "/1/7/";
    private static final LongPredicate UNDER_STREET_7 = unit -> Set.of(7L, 42L).contains(unit);

    @Test
    void aStreetSeesItsOwnTheDistrictsAndLegacyEnterprisesButNotAnotherStreets() {
        assertTrue(EnterpriseOwners.visible(7L, STREET_7, UNDER_STREET_7));
        assertTrue(EnterpriseOwners.visible(42L, STREET_7, UNDER_STREET_7));
        assertTrue(EnterpriseOwners.visible(1L, STREET_7, UNDER_STREET_7));
        assertTrue(EnterpriseOwners.visible(null, STREET_7, UNDER_STREET_7));
        assertFalse(EnterpriseOwners.visible(8L, STREET_7, UNDER_STREET_7));
    }

    @Test
    void aStreetEditsOnlyWhatItsSubtreeRegistered() {
        assertTrue(EnterpriseOwners.editable(7L, STREET_7, UNDER_STREET_7));
        assertTrue(EnterpriseOwners.editable(42L, STREET_7, UNDER_STREET_7));
        assertFalse(EnterpriseOwners.editable(1L, STREET_7, UNDER_STREET_7));
        assertFalse(EnterpriseOwners.editable(null, STREET_7, UNDER_STREET_7));
        assertFalse(EnterpriseOwners.editable(8L, STREET_7, UNDER_STREET_7));
    }

    @Test
    void theWholePlatformSeesAndEditsEverything() {
        assertTrue(EnterpriseOwners.visible(8L, null, unit -> true));
        assertTrue(EnterpriseOwners.editable(null, null, unit -> true));
    }

    @Test
    void pathsGiveTheScopeUnitAndItsAncestors() {
        assertEquals(List.of(1L, 7L, 42L), List.copyOf(EnterpriseOwners.onPath("/1/7/42/")));
        assertTrue(EnterpriseOwners.onPath(null).isEmpty());
        assertTrue(EnterpriseOwners.onPath("//none/").isEmpty());
    }
}
