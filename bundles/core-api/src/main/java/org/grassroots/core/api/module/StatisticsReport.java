package org.grassroots.core.api.module;

import java.util.List;

/** Every active module's figures for one subtree and year; core's own figures come first as module {@code core}. */
public record StatisticsReport(long subtreeOf, int year, List<ModuleStatistics> modules) {
    public StatisticsReport {
        modules = List.copyOf(modules);
    }
}
