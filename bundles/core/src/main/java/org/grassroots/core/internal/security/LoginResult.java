package org.grassroots.core.internal.security;

import java.time.Instant;

/** The answer to a successful sign-in. */
public record LoginResult(String token, Instant expiresAt, boolean mustChangePassword, AccountView account) {
}
