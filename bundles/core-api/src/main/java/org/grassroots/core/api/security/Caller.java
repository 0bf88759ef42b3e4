package org.grassroots.core.api.security;

import java.util.Set;

/**
 * The authenticated principal of the current request (or job).
 *
 * @param username           the account name, written into audit lines and events
 * @param roles              the account's roles; empty for {@link #system(String)} callers
 * @param organizationId     the scope unit: the caller sees this unit and its subtree; {@code null} = everything
 * @param memberId           the member record of this person, if they are a member
 * @param address            the remote address the request came from ({@code null} inside the platform)
 * @param mustChangePassword the account signed in with a one-time password and must choose its own first
 * @param system             platform-internal work (demo loading, shell, scheduled jobs): unrestricted scope,
 *                           personal data masked
 */
public record Caller(String username, String displayName, Set<Role> roles, Long organizationId, Long memberId,
                     String address, boolean mustChangePassword, boolean system) {
    public Caller {
        roles = Set.copyOf(roles);
    }

    /** Internal work attributed to {@code name} (e.g. {@code demo-data}, {@code shell:karaf}). */
    public static Caller system(String name) {
        return new Caller(name, name, Set.of(), null, null, null, false, true);
    }

    /** A request that has not signed in (only {@code POST /api/auth/login} and {@code /api/health} serve it). */
    public static Caller anonymous(String address) {
        return new Caller("anonymous", "anonymous", Set.of(), null, null, address, false, false);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether the scope is the whole platform. */
    public boolean unrestricted() {
        return system || organizationId == null;
    }
}
