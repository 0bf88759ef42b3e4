package org.grassroots.core.internal.security;

import java.util.Set;

import org.grassroots.core.api.security.Role;

/** An account as {@code /api/auth/login} and {@code /api/auth/me} show it. */
public record AccountView(String username, String displayName, Set<Role> roles, Long organizationId, Long memberId,
                          Set<String> permissions) {

    /**
     * The same account with the core permissions it holds ({@code core.member.write} …), so that the console offers
     * only the actions the server would allow; the server checks every request anyway.
     */
    public AccountView withPermissions(Set<String> held) {
        return new AccountView(username, displayName, roles, organizationId, memberId, Set.copyOf(held));
    }
}
