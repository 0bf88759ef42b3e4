package org.grassroots.core.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.grassroots.core.api.module.ModuleStatistics;
import org.junit.jupiter.api.Test;

class CachedFiguresTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private final CachedFigures cache = new CachedFigures(3);

    private static CachedFigures.Key key(String module, long unit) {
        return new CachedFigures.Key(module, unit, 2026, DAY);
    }

    private static ModuleStatistics figures(String module, double cost) {
        return new ModuleStatistics(module, List.of(), cost, false);
    }

    @Test
    void answersOnlyUnderTheGenerationItWasStoredUnderMarkedAsCachedWithItsCost() {
        cache.put(key("affairs", 1), 7, figures("affairs", 120));
        ModuleStatistics hit = cache.get(key("affairs", 1), 7);
        assertTrue(hit.cached());
        assertEquals(120, hit.costMillis());
        assertNull(cache.get(key("affairs", 1), 8), "a change since: computed again");
        assertNull(cache.get(key("affairs", 2), 7), "another subtree");
        assertNull(cache.get(new CachedFigures.Key("affairs", 1, 2026, DAY.plusDays(1)), 7), "the next day");
    }

    @Test
    void aComputationThatRacedACommitNeverReplacesNewerFigures() {
        cache.put(key("dues", 1), 9, figures("dues", 1));
        cache.put(key("dues", 1), 8, figures("dues", 2)); // read generation 8, finished after the one that read 9
        assertEquals(1, cache.get(key("dues", 1), 9).costMillis());
        assertNull(cache.get(key("dues", 1), 8));
    }

    @Test
    void keepsTheMostRecentlyUsedWithinItsCapacityAndForgetsAModule() {
        cache.put(key("a", 1), 1, figures("a", 1));
        cache.put(key("b", 1), 1, figures("b", 1));
        cache.put(key("c", 1), 1, figures("c", 1));
        cache.get(key("a", 1), 1);
        cache.put(key("d", 1), 1, figures("d", 1));
        assertNull(cache.get(key("b", 1), 1), "the least recently used went");
        assertEquals(3, cache.size());
        cache.forget("a");
        assertNull(cache.get(key("a", 1), 1));
        assertEquals(2, cache.size());
    }
}
