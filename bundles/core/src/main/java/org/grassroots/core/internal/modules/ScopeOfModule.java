package org.grassroots.core.internal.modules;

import org.grassroots.core.internal.CoreMessages;
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
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;

/**
 * The platform's scope policy for one module. Core's {@link OrganizationService} answers only units in the caller's
 * subtree, so "not found" and "out of scope" are the same 404; lookups for display run as a system caller.
 */
final class ScopeOfModule implements ModuleScope {
    private final String moduleId;
    private final Caller lookup;
    private final Authorization authorization;
    private final OrganizationService organizations;
    private final ModuleEnablement enablement;

    ScopeOfModule(String moduleId, Authorization authorization, OrganizationService organizations,
                  ModuleEnablement enablement) {
        this.moduleId = moduleId;
        this.lookup = Caller.system(moduleId);
        this.authorization = authorization;
        this.organizations = organizations;
        this.enablement = enablement;
    }

    @Override
    public String moduleId() {
        return moduleId;
    }

    @Override
    public Organization enabledUnit(Long unitId, String field) {
        Organization unit = unit(unitId, field);
        enablement.requireEnabled(moduleId, unit.id());
        return unit;
    }

    @Override
    public Organization unit(Long unitId, String field) {
        if (unitId == null) {
            throw ValidationException.of(field, ModuleMessages.message("unit.required"));
        }
        return organizations.find(unitId).orElseThrow(() -> CoreMessages.notFound("unit", unitId));
    }

    @Override
    public Organization referencedUnit(Long unitId, String field, List<FieldError> errors) {
        ValidationException.Builder refused = ValidationException.builder();
        Organization unit = referencedUnit(unitId, field, refused);
        if (!refused.isEmpty()) {
            errors.addAll(refused.build().errors());
        }
        return unit;
    }

    @Override
    public Organization referencedUnit(Long unitId, String field, ValidationException.Builder errors) {
        if (unitId == null) {
            errors.add(field, ModuleMessages.message("required"));
            return null;
        }
        Optional<Organization> unit = organizations.find(unitId);
        if (unit.isEmpty()) {
            errors.add(field, ModuleMessages.message("unit.notInScope", unitId));
        }
        return unit.orElse(null);
    }

    @Override
    public void requireEnabled(long unitId) {
        enablement.requireEnabled(moduleId, unitId);
    }

    @Override
    public void requireVisible(String path, String entityType, Object id) {
        String scope = authorization.scopePath();
        if (path == null || (scope != null && !path.startsWith(scope))) {
            throw CoreMessages.notFound(entityType, id);
        }
    }

    @Override
    public void requireRecord(long unitId, String entityType, Object id) {
        authorization.requireInScope(unitId, entityType, id);
        enablement.requireEnabled(moduleId, unitId);
    }

    @Override
    public boolean inScope(long unitId) {
        return authorization.inScope(unitId);
    }

    @Override
    public String scopePath() {
        return authorization.scopePath();
    }

    @Override
    public String actor() {
        return authorization.current().username();
    }

    @Override
    public Caller caller() {
        return authorization.current();
    }

    @Override
    public Optional<Organization> nearest(Organization unit, UnitType type) {
        if (unit.unitType() == type) {
            return Optional.of(unit);
        }
        List<Long> ancestors = ancestors(unit.path());
        return authorization.runAs(lookup, () -> {
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                Optional<Organization> found = organizations.find(ancestors.get(i)).filter(o -> o.unitType() == type);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.<Organization>empty();
        });
    }

    @Override
    public String name(Long unitId) {
        if (unitId == null) {
            return null;
        }
        return authorization.runAs(lookup, () -> organizations.find(unitId).map(Organization::name).orElse(null));
    }

    @Override
    public String path(Long unitId) {
        if (unitId == null) {
            return null;
        }
        return authorization.runAs(lookup, () -> organizations.find(unitId).map(Organization::path).orElse(null));
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
