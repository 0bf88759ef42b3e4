package org.grassroots.rest.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.grassroots.core.api.text.Languages;
import org.grassroots.rest.RestProperties;

/**
 * Jetty's server-wide error handler, replaced so that the errors the container answers before any servlet or
 * Jersey sees the request (414 URI too long, 431 headers too large, 400 for a malformed request line, header
 * or percent-encoding) answer {@code application/problem+json} like every other refusal, not Jetty's HTML page.
 * <p>
 * A request the parser refused has no readable headers, so its title is in Chinese (the platform's default
 * language) and its detail in Chinese and English; errors with a request (a bad URI found after parsing) follow
 * its {@code Accept-Language}. Installed by {@link ContainerErrorsInstaller}.
 */
final class ContainerErrors extends ErrorHandler {
    static final String CONTENT_TYPE = RestProperties.PROBLEM_JSON + ";charset=utf-8";

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        String detail = RequestLanguage.MESSAGES.message(detailKey(status)).in(Languages.ZH_CN) + " / "
                + RequestLanguage.MESSAGES.message(detailKey(status)).in(Locale.ENGLISH);
        return ByteBuffer.wrap(body(status, detail).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void doError(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        int status = response.getStatus() < 400 ? 500 : response.getStatus();
        RequestLanguage.bind(request.getHeader("Accept-Language"));
        try {
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            String detail = RequestLanguage.text(detailKey(status));
            byte[] body = body(status, detail).getBytes(StandardCharsets.UTF_8);
            response.setContentType(CONTENT_TYPE);
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            if (message != null && status >= 500) {
                // the container's own reason stays in the log, never in the answer
                org.slf4j.LoggerFactory.getLogger(ContainerErrors.class).warn("{} {}: {}", status, target, message);
            }
        } finally {
            RequestLanguage.unbind();
        }
    }

    /** The problem body for {@code status}, with the title in the bound language (Chinese when none is bound). */
    static String body(int status, String detail) {
        return Problem.json(status, englishTitle(status), detail);
    }

    static String englishTitle(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Payload too large";
            case 414 -> "URI too long";
            case 431 -> "Request headers too large";
            case 500 -> "Internal error";
            case 503 -> "Service unavailable";
            default -> {
                String reason = HttpStatus.getMessage(status);
                yield reason == null ? String.valueOf(status) : reason;
            }
        };
    }

    private static String detailKey(int status) {
        return switch (status) {
            case 400, 404, 405, 413, 414, 431 -> "container." + status;
            default -> status >= 500 ? "container.5xx" : "container.4xx";
        };
    }
}
