package org.grassroots.affairs.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.grassroots.core.api.module.DataGenerations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The subtree figures and compliance outcomes last computed, until the module's data (or core's) changes. Computing
 * them for the whole district reads every meeting of the year (about 50,000 in the demo, a second or two on Derby);
 * the dashboard asks for them far more often than meetings are recorded. Each entry is stored under the module's
 * {@link DataGenerations} number read before computing it and answers only while that number is unchanged: every
 * audited write of affairs or of core moves it after its commit, on whichever node it ran, so several nodes on one
 * database never answer stale figures. {@link #invalidate()} after a local write only frees memory earlier.
 */
@Component(service = FigureCache.class)
public class FigureCache {
    private static final int MAX_ENTRIES = 500;

    private record Entry(long generation, Object value) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final DataGenerations generations;

    @Activate
    public FigureCache(@Reference DataGenerations generations) {
        this.generations = generations;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long generation = generations.current(AffairsModule.ID);
        Entry cached = entries.get(key);
        if (cached != null && cached.generation() == generation) {
            return (T) cached.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(generation, value));
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
