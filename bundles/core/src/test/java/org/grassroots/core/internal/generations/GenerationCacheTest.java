package org.grassroots.core.internal.generations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GenerationCacheTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private final GenerationCache<GenerationCache.Key, String> cache = new GenerationCache<>(3);

    private static GenerationCache.Key key(String module, long unit) {
        return new GenerationCache.Key(module, unit, 2026, DAY);
    }

    @Test
    void answersOnlyUnderTheGenerationItWasStoredUnder() {
        cache.put(key("affairs", 1), 7, "figures");
        assertEquals("figures", cache.get(key("affairs", 1), 7));
        assertNull(cache.get(key("affairs", 1), 8), "a change since: computed again");
        assertNull(cache.get(key("affairs", 2), 7), "another subtree");
        assertNull(cache.get(new GenerationCache.Key("affairs", 1, 2025, DAY), 7), "another year");
        assertNull(cache.get(new GenerationCache.Key("affairs", 1, 2026, DAY.plusDays(1)), 7), "the next day");
    }

    @Test
    void aComputationThatRacedACommitNeverReplacesNewerFigures() {
        cache.put(key("dues", 1), 9, "newer");
        cache.put(key("dues", 1), 8, "older"); // read generation 8, finished after the one that read 9
        assertEquals("newer", cache.get(key("dues", 1), 9));
        assertNull(cache.get(key("dues", 1), 8));
    }

    @Test
    void keptOrComputesOncePerGeneration() {
        int[] computed = {0};
        assertEquals("v1", cache.keptOr(key("m", 1), 1, () -> "v" + ++computed[0]));
        assertEquals("v1", cache.keptOr(key("m", 1), 1, () -> "v" + ++computed[0]), "kept");
        assertEquals("v2", cache.keptOr(key("m", 1), 2, () -> "v" + ++computed[0]), "a newer generation computes again");
        assertEquals(2, computed[0]);
    }

    @Test
    void keepsTheMostRecentlyUsedWithinItsCapacityAndForgetsAModule() {
        cache.put(key("a", 1), 1, "a");
        cache.put(key("b", 1), 1, "b");
        cache.put(key("c", 1), 1, "c");
        cache.get(key("a", 1), 1);
        cache.put(key("d", 1), 1, "d");
        assertNull(cache.get(key("b", 1), 1), "the least recently used went");
        assertEquals(3, cache.size());
        cache.forget(GenerationCache.Key.ofModule("a"));
        assertNull(cache.get(key("a", 1), 1));
        assertEquals(2, cache.size());
    }
}
