package org.grassroots.rest.internal;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.grassroots.rest.RestProperties;

/** Refuses request bodies larger than any endpoint accepts before a byte of them is read. */
final class BodyLimit {
    /** Largest upload (a spreadsheet of 300,000 members is about 40 MiB as CSV). */
    static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    private BodyLimit() {
    }

    static boolean accept(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            response.setStatus(413);
            response.setContentType(RestProperties.PROBLEM_JSON);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Problem.json(413, "Payload too large",
                    RequestLanguage.text("limit.body", length, MAX_BODY_BYTES)));
            return false;
        }
        return true;
    }
}
