package org.grassroots.core.api.module;

import java.util.List;

/**
 * The figures one module (or {@code core}) contributes for a subtree and year.
 *
 * @param costMillis how long computing these figures took (the computation that produced them, also when they
 *                   come from the cache): a slow module is visible on the dashboard's report
 * @param cached     whether they were answered from the platform's cache of figures (unchanged data since then)
 */
public record ModuleStatistics(String module, List<Statistic> statistics, double costMillis, boolean cached) {
    public ModuleStatistics {
        statistics = List.copyOf(statistics);
    }

    /** Figures without a measured cost (API 1.6 and earlier). */
    public ModuleStatistics(String module, List<Statistic> statistics) {
        this(module, statistics, 0, false);
    }

    /** The same figures, answered from the cache. */
    public ModuleStatistics fromCache() {
        return new ModuleStatistics(module, statistics, costMillis, true);
    }
}
