package org.grassroots.web.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ResourceCacheTest {
    @Test
    void randomMissingPathsDoNotGrowTheCacheWithoutLimit() {
        ResourceCache cache = new ResourceCache(path -> Optional.empty(), 100);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(cache.get("console/assets/random-" + i + ".js").isEmpty());
        }
        assertTrue(cache.size() <= 100, "remembered " + cache.size() + " missing paths");
    }

    @Test
    void foundFilesAreReadOnceAndRecentMissesAreNotLookedUpAgain() {
        AtomicInteger loads = new AtomicInteger();
        ResourceCache cache = new ResourceCache(path -> {
            loads.incrementAndGet();
            return path.endsWith("app.js") ? Optional.of(StaticResource.of(path, "x".getBytes(UTF_8))) : Optional.empty();
        }, 10);
        for (int i = 0; i < 5; i++) {
            assertTrue(cache.get("console/assets/app.js").isPresent());
            assertTrue(cache.get("console/assets/nope.js").isEmpty());
        }
        assertEquals(2, loads.get());
    }
}
