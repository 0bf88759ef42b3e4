package org.grassroots.community.internal;

import java.time.LocalDate;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's scope (core's {@link ModuleScope}) and the checks every service shares: a community named in a body
 * (in the caller's scope, of type 社区, the module enabled there) and the dates the module accepts.
 */
@Component(service = CommunityUnits.class)
public class CommunityUnits {
    /** The earliest date the module accepts (its records start with the district's 2000s rosters). */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The latest date a planned period may name. */
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final ModuleScope scope;

    @Activate
    public CommunityUnits(@Reference ModuleScopes scopes, @Reference(target = CommunityModule.SCHEMA) ModuleSchema schema) {
        this.scope = scopes.of(CommunityModule.ID);
    }

    ModuleScope scope() {
        return scope;
    }

    /** The community a body names: refused field when missing, out of scope or not a community; 403 when disabled. */
    Organization community(Long id, String field, ValidationException.Builder errors) {
        Organization unit = scope.referencedUnit(id, field, errors);
        if (unit == null) {
            return null;
        }
        if (unit.unitType() != UnitType.COMMUNITY) {
            errors.add(field, CommunityMessages.TEXT.message("field.notCommunity", unit.name()));
            return null;
        }
        scope.requireEnabled(unit.id());
        return unit;
    }
}
