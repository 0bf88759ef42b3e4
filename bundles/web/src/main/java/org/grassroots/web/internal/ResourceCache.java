package org.grassroots.web.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The console's files as read from the bundle. Found files are kept for good: there are only as many as the
 * bundle holds. Paths that were not found are kept only in a small least-recently-used set, because anyone can
 * ask for endless random paths without signing in, and remembering each of them would grow memory without limit.
 */
final class ResourceCache {
    private final Function<String, Optional<StaticResource>> loader;
    private final Map<String, StaticResource> found = new ConcurrentHashMap<>();
    private final Set<String> missing;

    ResourceCache(Function<String, Optional<StaticResource>> loader, int maxMisses) {
        this.loader = loader;
        this.missing = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > maxMisses;
            }
        }));
    }

    Optional<StaticResource> get(String resourcePath) {
        StaticResource cached = found.get(resourcePath);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (missing.contains(resourcePath)) {
            return Optional.empty();
        }
        Optional<StaticResource> loaded = loader.apply(resourcePath);
        if (loaded.isPresent()) {
            found.put(resourcePath, loaded.get());
        } else {
            missing.add(resourcePath);
        }
        return loaded;
    }

    /** How many paths are remembered, found or not. */
    int size() {
        return found.size() + missing.size();
    }
}
