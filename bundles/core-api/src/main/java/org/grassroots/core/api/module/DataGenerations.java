package org.grassroots.core.api.module;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A number per module that changes after every committed change of the module's data or of core's (units and
 * members feed every module's figures), read from the database: what a cache of figures is keyed by, so that it is
 * never stale after a change is acknowledged, on one node or on several sharing one PostgreSQL database.
 * <p>
 * Core counts a change from the audit line every write already records ({@code AuditLog.record} with an
 * {@code entityType} prefixed by the module id; lines of reads such as {@code READ_PERSONAL} do not count): the
 * number moves right after the writer's transaction commits, before the writer's call returns. A module that
 * changes its data without an audit line (a scheduled job, a bulk load) calls {@link #changed(String)}.
 * <p>
 * Read the number <b>before</b> computing what is cached, and store the result under that number: a computation
 * that raced a commit is then stored under the old number and computed again at the next request.
 */
@ProviderType
public interface DataGenerations {
    /** The module id of core's own data: a change of it moves every module's number. */
    String CORE = "core";

    /** The current number of {@code module}'s figures: changes whenever its data or core's changed. */
    long current(String module);

    /**
     * Records that {@code module}'s data changed: inside a JTA transaction the number moves after it commits (not
     * at all if it rolls back); outside one, at once. {@link #CORE} moves every module's number.
     */
    void changed(String module);
}
