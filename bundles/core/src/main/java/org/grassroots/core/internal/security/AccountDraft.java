package org.grassroots.core.internal.security;

import java.util.Set;

import org.grassroots.core.api.security.Role;

/**
 * A new account or changes to one. {@code password} only on creation: it is a temporary password the person
 * must change at first sign-in.
 */
public record AccountDraft(String username, String displayName, Set<Role> roles, Long organizationId, Long memberId,
                           String password) {
}
