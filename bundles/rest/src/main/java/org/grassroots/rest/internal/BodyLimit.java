package org.grassroots.rest.internal;

import java.io.IOException;

import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.ws.rs.WebApplicationException;
import javax.servlet.http.HttpServletResponse;

import org.grassroots.rest.RestProperties;

/**
 * Refuses request bodies larger than any endpoint accepts: at once when the Content-Length says so, and while the
 * body is read when it announces no length (chunked), so that no endpoint ever reads more than the limit.
 */
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

    /** {@code request} whose body stream refuses (413) the byte after {@link #MAX_BODY_BYTES}. */
    static HttpServletRequest counting(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            private ServletInputStream limited;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (limited == null) {
                    limited = new Counted(super.getInputStream());
                }
                return limited;
            }
        };
    }

    private static final class Counted extends ServletInputStream {
        private final ServletInputStream in;
        private long count;

        Counted(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > MAX_BODY_BYTES) {
                throw new WebApplicationException(Problem.response(413, "Payload too large",
                        RequestLanguage.text("limit.body", "> " + MAX_BODY_BYTES, MAX_BODY_BYTES)));
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
