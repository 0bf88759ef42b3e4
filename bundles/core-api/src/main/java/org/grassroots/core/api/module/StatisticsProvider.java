package org.grassroots.core.api.module;

import java.util.List;
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
}
