package org.grassroots.core.internal.generations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a computation over the data came to, each stored under the data generation read before computing it
 * ({@link org.grassroots.core.api.module.DataGenerations}): an entry answers only while that generation is
 * unchanged, so a computation that raced a commit is stored under the old number and never served as fresh. Least
 * recently used entries go first beyond {@code capacity}.
 *
 * @param <K> what the computation was of: {@link Key} for a module's figures, or core's default member page
 * @param <V> what is kept: the dashboard's figures of a module, a module's section of the work record, a page's ids
 */
public final class GenerationCache<K, V> {
    /**
     * A module's figures per subtree, year and day: the day is part of the key because figures such as "overdue"
     * move with the date alone.
     */
    public record Key(String module, long subtreeOf, int year, LocalDate day) {
        /** The keys of one module's figures, for {@link #forget}. */
        public static Predicate<Key> ofModule(String module) {
            return k -> k.module().equals(module);
        }
    }

    private record Entry<V>(long generation, V value) {
    }

    private final Map<K, Entry<V>> entries;

    public GenerationCache(int capacity) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value stored for {@code key} under {@code generation}; null when absent or stale. */
    public synchronized V get(K key, long generation) {
        Entry<V> entry = entries.get(key);
        return entry == null || entry.generation() != generation ? null : entry.value();
    }

    /** Stores {@code value} unless an entry of a newer generation is there (a slower computation that raced it). */
    public synchronized void put(K key, long generation, V value) {
        Entry<V> present = entries.get(key);
        if (present == null || present.generation() <= generation) {
            entries.put(key, new Entry<>(generation, value));
        }
    }

    /**
     * The value kept for {@code key} under {@code generation}, else {@code compute}'s, then kept under that generation
     * (read by the caller before computing). Computed outside the lock: two callers may compute the same entry once each.
     */
    public V keptOr(K key, long generation, Supplier<V> compute) {
        V kept = get(key, generation);
        if (kept != null) {
            return kept;
        }
        V computed = compute.get();
        put(key, generation, computed);
        return computed;
    }

    /** Forgets the entries whose keys match: a module's provider came or went (installed, updated, uninstalled). */
    public synchronized void forget(Predicate<? super K> which) {
        entries.keySet().removeIf(which);
    }

    synchronized int size() {
        return entries.size();
    }
}
