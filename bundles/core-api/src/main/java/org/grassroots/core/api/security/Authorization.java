package org.grassroots.core.api.security;

import java.util.function.Supplier;

/**
 * Permission and scope checks for the current caller, for core and every module. Checks happen on the server,
 * in the service or resource that serves the data; the web console only hides what it knows is refused.
 * <p>
 * Out-of-scope records are reported as not found ({@link org.grassroots.core.api.NotFoundException}), so a
 * caller never learns that a record outside their subtree exists.
 */
public interface Authorization {

    /** The caller bound to this thread: the authenticated user of the request, or a system caller. */
    Caller current();

    /** Whether the caller holds {@code permission} (a core permission of {@link CorePermissions} or a module's). */
    boolean hasPermission(String permission);

    /** Throws {@link ForbiddenException} unless the caller holds {@code permission}. */
    void require(String permission);

    /** Whether the unit {@code organizationId} lies in the caller's scope subtree. Unknown units are not. */
    boolean inScope(long organizationId);

    /**
     * Throws {@link org.grassroots.core.api.NotFoundException} for {@code entityType} {@code entityId} unless
     * {@code organizationId} (the unit the record belongs to) is in the caller's scope.
     */
    void requireInScope(long organizationId, String entityType, Object entityId);

    /**
     * The caller's scope as a materialized-path prefix (e.g. {@code /1/7/}), for filtering queries with
     * {@code path LIKE prefix%}; {@code null} when the caller sees the whole platform.
     */
    String scopePath();

    /** Runs {@code action} as {@code caller} (e.g. in a background job started by a request). */
    <T> T runAs(Caller caller, Supplier<T> action);
}
