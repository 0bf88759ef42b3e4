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
                        Authenticator authenticator, ClientAddress clientAddress) throws IOException {
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
        }
        if (caller.mustChangePassword() && !(AUTH_MODULE.equals(module) && WHILE_PASSWORD_MUST_CHANGE.contains(path))) {
            write(response, 403, "Password change required", RequestLanguage.text("gate.passwordChange"));
            return null;
        }
        return caller;
    }

    private static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(RestProperties.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(Problem.json(status, title, detail).getBytes(StandardCharsets.UTF_8));
    }
}
