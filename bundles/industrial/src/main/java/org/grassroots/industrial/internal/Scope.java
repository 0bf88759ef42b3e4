package org.grassroots.industrial.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Scope and enablement for every service of the module. A list names a unit ({@code ?unit=}); it must lie in the
 * caller's subtree (else 404, as if it did not exist) and have the module enabled (else 403); the list is then one
 * query over {@code ORG_PATH LIKE '<unit's path>%'}. A single record is visible when its stored path lies in the
 * caller's scope path.
 */
@Component(service = Scope.class)
public class Scope {
    private static final Caller LOOKUP = Caller.system("industrial");

    private final Authorization authorization;
    private final OrganizationService organizations;
    private final ModuleEnablement enablement;

    @Activate
    public Scope(@Reference Authorization authorization, @Reference OrganizationService organizations,
                 @Reference ModuleEnablement enablement) {
        this.authorization = authorization;
        this.organizations = organizations;
        this.enablement = enablement;
    }

    /** The unit {@code field} names, in the caller's scope and with the module enabled there. */
    public Organization enabledUnit(Long unitId, String field) {
        Organization unit = unit(unitId, field);
        enablement.requireEnabled(IndustrialModule.ID, unit.id());
        return unit;
    }

    /** The unit {@code field} names, in the caller's scope (404 otherwise, 422 when missing). */
    public Organization unit(Long unitId, String field) {
        if (unitId == null) {
            throw new ValidationException(FieldError.of(field, "required: the id of a unit (park, grid, enterprise or above)"));
        }
        return organizations.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    /** Like {@link #unit} but a unit that is missing or out of scope is a refused field (422), for ids inside bodies. */
    public Organization referencedUnit(Long unitId, String field, List<FieldError> errors) {
        if (unitId == null) {
            errors.add(FieldError.of(field, "required"));
            return null;
        }
        Optional<Organization> unit = organizations.find(unitId);
        if (unit.isEmpty()) {
            errors.add(FieldError.of(field, "no unit with id " + unitId + " in your scope"));
        }
        return unit.orElse(null);
    }

    public void requireEnabled(long unitId) {
        enablement.requireEnabled(IndustrialModule.ID, unitId);
    }

    /** 404 unless {@code orgPath} (a record's stored path) lies in the caller's scope. */
    public void requireVisible(String orgPath, String entityType, Object id) {
        String scope = authorization.scopePath();
        if (orgPath == null || (scope != null && !orgPath.startsWith(scope))) {
            throw new NotFoundException(entityType, id);
        }
    }

    /** The caller's scope path ({@code null} = everything), for queries that are not about one unit. */
    public String scopePath() {
        return authorization.scopePath();
    }

    public String actor() {
        return authorization.current().username();
    }

    public Caller caller() {
        return authorization.current();
    }

    /** The nearest unit of {@code type} on the unit's path (itself included), whatever the caller's scope. */
    public Optional<Organization> nearest(Organization unit, UnitType type) {
        if (unit.unitType() == type) {
            return Optional.of(unit);
        }
        List<Long> ancestors = ancestors(unit.path());
        return authorization.runAs(LOOKUP, () -> {
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                Optional<Organization> found = organizations.find(ancestors.get(i)).filter(o -> o.unitType() == type);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.<Organization>empty();
        });
    }

    /** A unit's name for display whatever the caller's scope (lists show the names of covering organizations). */
    public String name(Long unitId) {
        if (unitId == null) {
            return null;
        }
        return authorization.runAs(LOOKUP, () -> organizations.find(unitId).map(Organization::name).orElse(null));
    }

    /** Ids on a materialized path, root first, the unit itself excluded: {@code /1/7/42/} → [1, 7]. */
    static List<Long> ancestors(String path) {
        List<Long> ids = new ArrayList<>();
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty()) {
                ids.add(Long.parseLong(parts[i]));
            }
        }
        return ids;
    }
}
