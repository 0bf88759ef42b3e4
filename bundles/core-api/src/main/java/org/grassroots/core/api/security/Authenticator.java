package org.grassroots.core.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns the credentials of a request into a {@link Caller}: {@code Bearer <token>} from
 * {@code POST /api/auth/login}, or HTTP {@code Basic} for scripts. Used by the REST layer for every request.
 */
@ProviderType
public interface Authenticator {

    /**
     * @param authorization the {@code Authorization} header, may be {@code null}
     * @param address       the remote address of the request
     * @throws AuthenticationException when the header is missing, malformed, expired, revoked or wrong, or Basic
     *                                 credentials name an account inside its sign-in delay (answered alike)
     * @throws org.grassroots.core.api.TooManyRequestsException when the client address is held back after too
     *                                 many failed sign-ins
     */
    Caller authenticate(String authorization, String address);

    /** Runs {@code action} with {@code caller} bound as the current caller of this thread. */
    <T, E extends Exception> T callAs(Caller caller, CallerAction<T, E> action) throws E;

    /** Work done as a caller; may throw a checked exception (e.g. the servlet's IOException). */
    @FunctionalInterface
    interface CallerAction<T, E extends Exception> {
        T run() throws E;
    }
}
