package org.grassroots.core.api.module;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.grassroots.core.api.security.Role;

/**
 * A permission a module defines, e.g. {@code industrial.request.assign}, and the platform {@link Role}s that hold
 * it by default.
 * <p>
 * Modules compiled against API 1.2 passed role names as strings in the same {@code Set} parameter (the erased
 * constructor is the same); those are still accepted and turned into roles here. A name that is no role fails
 * the descriptor at once (the module shows as failed with the reason) instead of granting nothing, silently.
 */
public record PermissionDefinition(String id, LocalizedText name, Set<Role> grantedTo) {
    public PermissionDefinition {
        grantedTo = roles(grantedTo);
    }

    /** A permission held by the given roles. */
    public static PermissionDefinition of(String id, LocalizedText name, Role... grantedTo) {
        return new PermissionDefinition(id, name, grantedTo.length == 0 ? Set.of() : EnumSet.of(grantedTo[0], grantedTo));
    }

    private static Set<Role> roles(Collection<?> given) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : given) {
            if (role instanceof Role r) {
                roles.add(r);
            } else if (role instanceof String name) {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("permission grants the unknown role \"" + name + "\" (roles: "
                            + java.util.Arrays.toString(Role.values()) + ")", e);
                }
            } else {
                throw new IllegalArgumentException("permission grants " + role + ", which is not a role");
            }
        }
        return Set.copyOf(roles);
    }
}
