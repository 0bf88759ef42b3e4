package org.grassroots.core.api.security;

import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Permission and scope checks for the current caller, for core and every module. Checks happen on the server,
 * in the service or resource that serves the data; the web console only hides what it knows is refused.
 * <p>
 * Out-of-scope records are reported as not found ({@link org.grassroots.core.api.NotFoundException}), so a
 * caller never learns that a record outside their subtree exists.
 */
@ProviderType
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
     * Refuses access to one record that belongs to a unit outside the caller's scope subtree.
     * <p>
     * <b>When to call:</b> in a module's service, on every single-record read or write by id (GET, PUT, DELETE
     * of {@code /things/{id}}), after loading the record and before returning it or changing it, with the unit
     * the record belongs to. Also before creating a record for a unit the request names. Lists do not call it
     * per row: they filter in the query with {@link #scopePath()}. Call {@link #require(String)} first: a
     * caller without the permission gets 403 whether or not the record exists.
     * <p>
     * <b>What it throws:</b> {@link org.grassroots.core.api.NotFoundException} (HTTP 404, the same answer as for
     * an id that does not exist), never 403, so a caller cannot probe which records exist outside their
     * subtree. Unknown units count as out of scope. A system caller ({@link #runAs}) sees everything.
     * <p>
     * <b>Transactions:</b> it reads the organization tree and joins the current transaction if there is one
     * ({@code SUPPORTS}); it writes nothing. Thrown inside a write transaction, the exception rolls the
     * transaction back, so nothing of the refused request is stored.
     *
     * @param organizationId the unit the record belongs to
     * @param entityType     the record type named in the 404 (e.g. {@code industrial.request})
     * @param entityId       the id the caller asked for, named in the 404
     * @throws org.grassroots.core.api.NotFoundException when the unit is outside the caller's scope or unknown
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
