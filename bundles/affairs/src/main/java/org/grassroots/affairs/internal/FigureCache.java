package org.grassroots.affairs.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;

/**
 * The subtree figures and compliance outcomes last computed, until the module's data changes. Computing them for
 * the whole district reads every meeting of the year (about 50,000 in the demo, a second or two on Derby); the
 * dashboard asks for them far more often than meetings are recorded. Every service that changes meetings, rules,
 * exemptions or ratings calls {@link #invalidate()} (after its transaction; a reader that raced it computes again
 * at the next change). One node's memory: a cluster would need a shared generation, which the platform does not run.
 */
@Component(service = FigureCache.class)
public class FigureCache {
    private static final int MAX_ENTRIES = 500;
    private final Map<String, Object> entries = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        Object cached = entries.get(key);
        if (cached != null) {
            return (T) cached;
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, value);
        return value;
    }

    /** Passes a committed change's result through, forgetting every figure. */
    <T> T after(T result) {
        invalidate();
        return result;
    }

    void invalidate() {
        entries.clear();
    }
}
