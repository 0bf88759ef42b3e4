package org.grassroots.core.api.module;

import java.util.List;
import java.util.Optional;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.security.Caller;

/**
 * What the current caller may see and do of one module, with the platform's one policy: a call that acts for a
 * unit needs the unit in the caller's scope (else 404, as if it did not exist) and the module enabled there (else
 * 403). Services call it (not resources), so the shell, jobs and REST get the same answer.
 * <p>
 * Module rows are scoped in SQL by a copy of their unit's materialized path (a column declared in the bundle's
 * {@value ModuleHeaders#SCOPED_TABLES} header): a list is one {@code WHERE path LIKE :prefix} with the prefix from
 * {@link #enabledUnit} ({@code unit.path() + "%"}) or {@link #scopePath()}. Core rewrites those columns in the
 * transaction that moves a unit, for every module that ever declared them, installed or not, so they are never
 * stale. Obtain one from {@link ModuleScopes#of(String)}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface ModuleScope {

    /** The module id this scope checks enablement for. */
    String moduleId();

    /**
     * The unit a list or an action names ({@code ?unit=}): 422 naming {@code field} when null, 404 when it is not in
     * the caller's scope, 403 when the module is not enabled there.
     */
    Organization enabledUnit(Long unitId, String field);

    /** Like {@link #enabledUnit} without the enablement check (for read-only lookups that span modules). */
    Organization unit(Long unitId, String field);

    /**
     * A unit referenced inside a body: when missing or out of scope, adds a refused {@code field} (422 together
     * with the other fields) and returns null.
     */
    Organization referencedUnit(Long unitId, String field, List<FieldError> errors);

    /**
     * Like {@link #referencedUnit(Long, String, List)}, with the refusal in the caller's language (the list form
     * can only carry one language). @since 0.2
     */
    Organization referencedUnit(Long unitId, String field, ValidationException.Builder errors);

    /** 403 unless the module is enabled for the unit. */
    void requireEnabled(long unitId);

    /** 404 ({@code entityType} {@code id}) unless {@code path} (a row's stored unit path) lies in the caller's scope. */
    void requireVisible(String path, String entityType, Object id);

    /**
     * For a record that belongs to unit {@code unitId}: 404 naming the record unless the unit is in the caller's
     * scope, 403 unless the module is enabled there.
     */
    void requireRecord(long unitId, String entityType, Object id);

    /** Whether the unit lies in the caller's scope. */
    boolean inScope(long unitId);

    /** The caller's scope as a path prefix (e.g. {@code /1/7/}) for {@code path LIKE prefix%}; null = everything. */
    String scopePath();

    /** {@code LIKE} pattern of the caller's scope ({@code %} when unrestricted), for queries that always filter. */
    default String scopePattern() {
        String path = scopePath();
        return path == null ? "%" : path + "%";
    }

    /** The caller's scope unit (the root of what they see), null when they see the whole platform. */
    default Long scopeUnit() {
        Caller caller = caller();
        return caller.unrestricted() ? null : caller.organizationId();
    }

    /** Who a change is attributed to (stored with every workflow step): the caller's account name. */
    String actor();

    Caller caller();

    /** The nearest unit of {@code type} on the unit's path (itself included), whatever the caller's scope. */
    Optional<Organization> nearest(Organization unit, UnitType type);

    /**
     * A unit's materialized path whatever the caller's scope, to store with a row of the unit (the column declared in
     * {@value ModuleHeaders#SCOPED_TABLES}); null when there is no such unit.
     */
    String path(Long unitId);

    /** A unit's name for display whatever the caller's scope (lists show the names of covering units); null if none. */
    String name(Long unitId);
}
