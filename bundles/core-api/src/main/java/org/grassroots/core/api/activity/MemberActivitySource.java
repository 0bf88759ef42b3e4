package org.grassroots.core.api.activity;

import java.math.BigDecimal;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's record of members' hours of an activity, registered as an OSGi service by the module that keeps it
 * (e.g. {@code community}: confirmed volunteer service hours), for a module that credits them (e.g. {@code education}'s
 * study points). Whether the module is enabled for a member's unit is the reader's question ({@code ModuleEnablement},
 * by {@link #module()}).
 */
@ConsumerType
public interface MemberActivitySource {
    /** The module that keeps the record (its id, e.g. {@code community}). */
    String module();

    ActivityKind kind();

    /**
     * The hours of the year each member has to their name, for the members whose own organization lies in the subtree
     * whose materialized path starts with {@code subtreePath} ({@code /} for everything); a member absent from the
     * map has none. Only what the module counts as done (e.g. hours a community confirmed). The reader checks the
     * caller's scope first.
     */
    Map<Long, BigDecimal> hours(String subtreePath, int year);
}
