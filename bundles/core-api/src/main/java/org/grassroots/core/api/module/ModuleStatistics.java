package org.grassroots.core.api.module;

import java.util.List;

/** The figures one module (or {@code core}) contributes for a subtree and year. */
public record ModuleStatistics(String module, List<Statistic> statistics) {
    public ModuleStatistics {
        statistics = List.copyOf(statistics);
    }
}
