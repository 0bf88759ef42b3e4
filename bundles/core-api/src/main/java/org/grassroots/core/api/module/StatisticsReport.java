package org.grassroots.core.api.module;

import java.util.List;

/**
 * Every active module's figures for one subtree and year; core's own figures come first as module {@code core}.
 *
 * @param failed the active modules whose figures could not be computed (a fault of the module, logged as an error):
 *               named so that the dashboard says so instead of leaving them out silently
 */
public record StatisticsReport(long subtreeOf, int year, List<ModuleStatistics> modules, List<String> failed) {
    public StatisticsReport {
        modules = List.copyOf(modules);
        failed = List.copyOf(failed);
    }

    /** A report in which every module's figures were computed (API 1.3 and earlier). */
    public StatisticsReport(long subtreeOf, int year, List<ModuleStatistics> modules) {
        this(subtreeOf, year, modules, List.of());
    }
}
