package org.grassroots.core.internal.security;

import java.util.Set;

import org.grassroots.core.api.security.Role;

/** An account as {@code /api/auth/login} and {@code /api/auth/me} show it. */
public record AccountView(String username, String displayName, Set<Role> roles, Long organizationId, Long memberId) {
}
