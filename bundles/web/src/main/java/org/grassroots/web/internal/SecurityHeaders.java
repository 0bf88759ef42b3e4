package org.grassroots.web.internal;

import javax.servlet.http.HttpServletResponse;

/** The headers every console answer carries. */
final class SecurityHeaders {
    /**
     * Everything from this origin only: no inline scripts, no inline event handlers, no inline style elements,
     * no eval. Styles set through the DOM (as the chart library does) are not affected. {@code data:} images
     * cover the charts' "save as image" and small inline icons.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
    }
}
