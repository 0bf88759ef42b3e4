package org.grassroots.rural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EnterpriseOwnersTest {
    // district 1 with streets 7 and 8; village 42 under street 7
    private static final String STREET_7 = "/1/7/";
    // each owner's path as stored with its enterprises (kept current by core)
    private static final Map<Long, String> PATHS = Map.of(1L, "/1/", 7L, "/1/7/", 8L, "/1/8/", 42L, "/1/7/42/");

    private static boolean visible(Long owner, String scopePath) {
        return EnterpriseOwners.visible(owner, owner == null ? null : PATHS.get(owner), scopePath);
    }

    private static boolean editable(Long owner, String scopePath) {
        return EnterpriseOwners.editable(owner, owner == null ? null : PATHS.get(owner), scopePath);
    }

    @Test
    void aStreetSeesItsOwnTheDistrictsAndLegacyEnterprisesButNotAnotherStreets() {
        assertTrue(visible(7L, STREET_7));
        assertTrue(visible(42L, STREET_7));
        assertTrue(visible(1L, STREET_7));
        assertTrue(visible(null, STREET_7));
        assertFalse(visible(8L, STREET_7));
    }

    @Test
    void aStreetEditsOnlyWhatItsSubtreeRegistered() {
        assertTrue(editable(7L, STREET_7));
        assertTrue(editable(42L, STREET_7));
        assertFalse(editable(1L, STREET_7));
        assertFalse(editable(null, STREET_7));
        assertFalse(editable(8L, STREET_7));
    }

    @Test
    void theWholePlatformSeesAndEditsEverything() {
        assertTrue(visible(8L, null));
        assertTrue(editable(null, null));
    }

    @Test
    void pathsGiveTheScopeUnitAndItsAncestors() {
        assertEquals(List.of(1L, 7L, 42L), List.copyOf(EnterpriseOwners.onPath("/1/7/42/")));
        assertTrue(EnterpriseOwners.onPath(null).isEmpty());
        assertTrue(EnterpriseOwners.onPath("//none/").isEmpty());
    }
}
