package org.grassroots.core.internal.security;

import java.time.Instant;
import java.util.Set;

import org.grassroots.core.api.security.Role;

/** An account as the account administration shows it, with its lockout state. */
public record AccountDetails(String username, String displayName, Set<Role> roles, Long organizationId, Long memberId,
                             boolean mustChangePassword, boolean locked, Instant lockedUntil, int failedLogins,
                             Instant createdAt, long version) {
}
