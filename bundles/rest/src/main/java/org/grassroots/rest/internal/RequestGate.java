package org.grassroots.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.TooManyRequestsException;
import org.grassroots.core.api.security.Authenticator;
import org.grassroots.core.api.security.Caller;
import org.grassroots.rest.RestProperties;

/**
 * Deny by default: every request to every module's REST API is authenticated before Jersey sees it, except
 * {@code POST /api/auth/login}. Without an {@link Authenticator} service (core not started) nothing is served.
 * A caller still holding a one-time password may only read their account, change the password or sign out.
 */
final class RequestGate {
    static final String AUTH_MODULE = "auth";
    private static final Set<String> WHILE_PASSWORD_MUST_CHANGE = Set.of("/me", "/password", "/logout");

    private RequestGate() {
    }

    /** The caller to run the request as, or {@code null} when an error response was written. */
    static Caller admit(String module, HttpServletRequest request, HttpServletResponse response,
                        Authenticator authenticator, ClientAddress clientAddress, StorageWatch storage)
            throws IOException {
        if (storage != null && storage.databaseLost()) {
            // nothing can be checked or served without it, sign-in included
            writeOutage(response, StorageWatch.Outage.DATABASE_DOWN);
            return null;
        }
        String address = clientAddress.resolve(request.getRemoteAddr(), request.getHeader("Forwarded"),
                request.getHeader("X-Forwarded-For"));
        if (authenticator == null) {
            write(response, 503, "Service unavailable", RequestLanguage.text("gate.starting"));
            return null;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (AUTH_MODULE.equals(module) && "/login".equals(path)) {
            return Caller.anonymous(address);
        }
        Caller caller;
        try {
            caller = authenticator.authenticate(request.getHeader("Authorization"), address);
        } catch (GrassrootsException e) {
            if (e.status() == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"grassroots\"");
            }
            if (e instanceof TooManyRequestsException limited) {
                response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
            }
            write(response, e.status(), e.title(), e.message(RequestLanguage.current()));
            return null;
        } catch (RuntimeException e) {
            // checking the credentials reads accounts: a database that went away answers here first
            StorageWatch.Outage outage = storage == null ? null : storage.explain(e);
            if (outage == null) {
                throw e;
            }
            writeOutage(response, outage);
            return null;
        }
        if (caller.mustChangePassword() && !(AUTH_MODULE.equals(module) && WHILE_PASSWORD_MUST_CHANGE.contains(path))) {
            write(response, 403, "Password change required", RequestLanguage.text("gate.passwordChange"));
            return null;
        }
        return caller;
    }

    /**
     * Refuses a write (any method but GET, HEAD and OPTIONS) while the data disk is full, before it reaches the
     * database. Signing in and out stay open, so that reading stays possible.
     *
     * @return whether the request may go on; if not, the 503 is written
     */
    static boolean storageAdmits(String module, HttpServletRequest request, HttpServletResponse response,
                                 StorageWatch storage) throws IOException {
        String method = request.getMethod();
        if (storage == null || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
                || AUTH_MODULE.equals(module)) {
            return true;
        }
        StorageWatch.Outage outage = storage.refuseWrite();
        if (outage == null) {
            return true;
        }
        writeOutage(response, outage);
        return false;
    }

    /** 503 with the outage's text; Retry-After because the platform recovers by itself once the cause is gone. */
    static void writeOutage(HttpServletResponse response, StorageWatch.Outage outage) throws IOException {
        response.setHeader("Retry-After", "30");
        write(response, 503, "Service unavailable", RequestLanguage.text(outage.messageKey));
    }

    /** A problem+json answer of its own (not through Jersey), never cached. */
    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(RestProperties.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(Problem.json(status, title, detail).getBytes(StandardCharsets.UTF_8));
    }
}
