package org.grassroots.core.api.module;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Computes a module's dashboard figures by query, never from stored totals. Registered with the service
 * property {@code grassroots.module=<id>}.
 */
@ConsumerType
public interface StatisticsProvider {
    /**
     * @param subtreeOf the unit whose subtree is counted (the caller's scope is already checked)
     * @param year      calendar year the figures are for
     */
    List<Statistic> compute(long subtreeOf, int year);

    /**
     * The calendar years this provider has recorded data for in the subtree (the console's year pickers default to
     * the newest). Figures that are "as of now" whatever the year (none by default) answer no years.
     */
    default Set<Integer> years(long subtreeOf) {
        return Set.of();
    }
}
