package org.grassroots.core.internal.generations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a module's figures came to per subtree, year and day, each stored under the data generation read before
 * computing it ({@link org.grassroots.core.api.module.DataGenerations}): an entry answers only while its module's
 * generation is unchanged, so a computation that raced a commit is stored under the old number and never served as
 * fresh. The day is part of the key because figures such as "overdue" move with the date alone. Least recently used
 * entries go first beyond {@code capacity}.
 *
 * @param <V> what is kept: the dashboard's figures of a module, a module's section of the work record
 */
public final class GenerationCache<V> {
    public record Key(String module, long subtreeOf, int year, LocalDate day) {
    }

    private record Entry<V>(long generation, V value) {
    }

    private final Map<Key, Entry<V>> entries;

    public GenerationCache(int capacity) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value stored for {@code key} under {@code generation}; null when absent or stale. */
    public synchronized V get(Key key, long generation) {
        Entry<V> entry = entries.get(key);
        return entry == null || entry.generation() != generation ? null : entry.value();
    }

    /** Stores {@code value} unless an entry of a newer generation is there (a slower computation that raced it). */
    public synchronized void put(Key key, long generation, V value) {
        Entry<V> present = entries.get(key);
        if (present == null || present.generation() <= generation) {
            entries.put(key, new Entry<>(generation, value));
        }
    }

    /** Forgets a module's entries: its provider came or went (installed, updated, uninstalled). */
    public synchronized void forget(String module) {
        entries.keySet().removeIf(k -> k.module().equals(module));
    }

    synchronized int size() {
        return entries.size();
    }
}
