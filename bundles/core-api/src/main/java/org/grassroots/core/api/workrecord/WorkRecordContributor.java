package org.grassroots.core.api.workrecord;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's section of the year-end work record. Registered with the service property
 * {@code grassroots.module=<id>}, like its {@code StatisticsProvider}; core asks it only for units where the
 * module is enabled and only after checking the caller's scope.
 */
@ConsumerType
public interface WorkRecordContributor {
    /**
     * Where the section stands in the report: the number of the special action it reports on (1 member education …
     * 7 emerging sectors, as in the district's report), 100 or more for anything else.
     */
    int action();

    /**
     * The section for the subtree of {@code subtreeOf} in {@code year}: figures computed by query, never typed.
     * Core calls it for the year before too, to compare figures with the same {@link WorkRecordFigure#id() id}.
     */
    WorkRecordSection section(long subtreeOf, int year);
}
