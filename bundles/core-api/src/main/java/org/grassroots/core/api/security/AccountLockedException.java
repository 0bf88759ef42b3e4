package org.grassroots.core.api.security;

import java.time.Instant;

import org.grassroots.core.api.GrassrootsException;

/**
 * Too many failed sign-ins: the account is locked until {@link #until()}. Answers 423.
 *
 * @deprecated no longer thrown: a 423 told that the account exists. Sign-in delays answer like a wrong password
 *             (401) and a throttled client address 429 ({@link org.grassroots.core.api.TooManyRequestsException}).
 */
@Deprecated
public class AccountLockedException extends GrassrootsException {
    private static final long serialVersionUID = 1L;
    private final Instant until;

    public AccountLockedException(Instant until) {
        super("The account is locked after repeated failed sign-ins until " + until
                + "; an administrator can unlock it earlier");
        this.until = until;
    }

    public Instant until() {
        return until;
    }

    @Override
    public int status() {
        return 423;
    }

    @Override
    public String title() {
        return "Account locked";
    }
}
