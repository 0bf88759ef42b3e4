package org.grassroots.core.internal.security;

import java.util.EnumSet;
import java.util.Set;

import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.Role;

/**
 * Which roles an administrator may grant: their own level and those below it, never above. The system administrator
 * grants every role; a district administrator every role but the system administrator's; a unit (street, park)
 * administrator the roles of their own units: unit administrator, secretary, member. Auditing is granted from the
 * district. Scope is checked apart: an account's unit lies in the caller's subtree.
 */
final class GrantableRoles {
    private GrantableRoles() {
    }

    static Set<Role> of(Caller caller) {
        if (caller.system() || caller.hasRole(Role.SYSTEM_ADMIN)) {
            return EnumSet.allOf(Role.class);
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (caller.hasRole(Role.DISTRICT_ADMIN)) {
            roles.addAll(EnumSet.of(Role.DISTRICT_ADMIN, Role.UNIT_ADMIN, Role.SECRETARY, Role.AUDITOR, Role.MEMBER));
        }
        if (caller.hasRole(Role.UNIT_ADMIN)) {
            roles.addAll(EnumSet.of(Role.UNIT_ADMIN, Role.SECRETARY, Role.MEMBER));
        }
        return roles;
    }

    /** The roles of {@code wanted} the caller may not grant (empty when all may be granted). */
    static Set<Role> beyond(Caller caller, Set<Role> wanted) {
        EnumSet<Role> beyond = wanted == null || wanted.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(wanted);
        beyond.removeAll(of(caller));
        return beyond;
    }
}
