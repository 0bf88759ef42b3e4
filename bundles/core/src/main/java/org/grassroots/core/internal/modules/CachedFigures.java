package org.grassroots.core.internal.modules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.grassroots.core.api.module.ModuleStatistics;

/**
 * The figures each module last computed per subtree, year and day, each stored under the data generation read before
 * computing it ({@link org.grassroots.core.api.module.DataGenerations}): an entry answers only while its module's
 * generation is unchanged, so a computation that raced a commit is stored under the old number and never served as
 * fresh. The day is part of the key because figures such as "overdue" move with the date alone. Least recently used
 * entries go first beyond {@code capacity}.
 */
final class CachedFigures {
    record Key(String module, long subtreeOf, int year, LocalDate day) {
    }

    private record Entry(long generation, ModuleStatistics figures) {
    }

    private final Map<Key, Entry> entries;

    CachedFigures(int capacity) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The figures stored for {@code key} under {@code generation}, marked as cached; null when absent or stale. */
    synchronized ModuleStatistics get(Key key, long generation) {
        Entry entry = entries.get(key);
        if (entry == null || entry.generation() != generation) {
            return null;
        }
        return entry.figures().fromCache();
    }

    synchronized void put(Key key, long generation, ModuleStatistics figures) {
        Entry present = entries.get(key);
        if (present == null || present.generation() <= generation) {
            entries.put(key, new Entry(generation, figures));
        }
    }

    /** Forgets a module's figures: its provider came or went (installed, updated, uninstalled). */
    synchronized void forget(String module) {
        entries.keySet().removeIf(k -> k.module().equals(module));
    }

    synchronized int size() {
        return entries.size();
    }
}
