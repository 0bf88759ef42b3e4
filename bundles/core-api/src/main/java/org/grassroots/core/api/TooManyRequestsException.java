package org.grassroots.core.api;

import org.grassroots.core.api.text.Message;

/**
 * Too many attempts of something that is rate-limited (sign-ins from one address, searches by full ID number):
 * answers 429 with a {@code Retry-After} of {@link #retryAfterSeconds()}. Nothing was done or stored.
 */
public class TooManyRequestsException extends GrassrootsException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyRequestsException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** @since 0.2 */
    public TooManyRequestsException(Message message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** How long the caller should wait before trying again. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String title() {
        return "Too many requests";
    }
}
