package org.grassroots.core.internal.security;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.module.ActionModule;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.api.security.ForbiddenException;
import org.grassroots.core.api.security.Role;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.CoreMessages;
import org.grassroots.core.internal.Scopes;
import org.grassroots.core.internal.schema.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Permissions come from two places: core's own ({@link CorePermissions#GRANTS}) and the permission definitions
 * of the action modules that are active right now (read from their {@link ActionModule} services on every
 * check, so a module's permissions come and go with it).
 */
@Component(service = { Authorization.class, AuthorizationImpl.class })
public class AuthorizationImpl implements Authorization {
    private final JpaTemplate jpa;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<ActionModule> modules = new CopyOnWriteArrayList<>();

    @Activate
    public AuthorizationImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                             @Reference CoreSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public Caller current() {
        return Actors.caller();
    }

    @Override
    public boolean hasPermission(String permission) {
        Caller caller = Actors.caller();
        if (caller.system()) {
            return true;
        }
        if (caller.mustChangePassword()) {
            return false;
        }
        Set<Role> granted = CorePermissions.GRANTS.get(permission);
        if (granted != null) {
            return granted.stream().anyMatch(caller::hasRole);
        }
        for (ActionModule module : modules) {
            for (PermissionDefinition definition : module.descriptor().permissions()) {
                if (definition.id().equals(permission) && ownsPermission(module.descriptor().id(), permission)
                        && caller.roles().stream().anyMatch(definition.grantedTo()::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A module grants only permissions in its own namespace ({@code <module id>.…}): a definition of another
     * module's (or core's) permission id is ignored, so installing a module cannot widen who may do what elsewhere.
     */
    static boolean ownsPermission(String moduleId, String permission) {
        return moduleId != null && !moduleId.isBlank() && permission.startsWith(moduleId + ".")
                && !permission.startsWith("core.") && !permission.startsWith("auth.");
    }

    @Override
    public void require(String permission) {
        if (!hasPermission(permission)) {
            throw ForbiddenException.missing(permission);
        }
    }

    @Override
    public boolean inScope(long organizationId) {
        return jpa.txExpr(TransactionType.Supports, em -> Scopes.visible(em, organizationId));
    }

    @Override
    public void requireInScope(long organizationId, String entityType, Object entityId) {
        if (!inScope(organizationId)) {
            throw CoreMessages.notFound(entityType, entityId);
        }
    }

    @Override
    public String scopePath() {
        return jpa.txExpr(TransactionType.Supports, Scopes::prefix);
    }

    @Override
    public <T> T runAs(Caller caller, Supplier<T> action) {
        return Actors.as(caller, action);
    }
}
