package org.grassroots.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

/**
 * JSON bodies are records of a few hundred bytes; anything over {@link #MAX_JSON_BYTES} is refused with
 * 413, including chunked bodies that announce no length.
 */
final class JsonBodyLimit implements ReaderInterceptor {
    static final int MAX_JSON_BYTES = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        // media types are case-insensitive: application/JSON is JSON too
        if (type != null && type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("json")) {
            context.setInputStream(new Limited(context.getInputStream()));
        }
        return context.proceed();
    }

    private static final class Limited extends FilterInputStream {
        private long count;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > MAX_JSON_BYTES) {
                throw new WebApplicationException(Problem.response(413, "Payload too large",
                        RequestLanguage.text("limit.json", MAX_JSON_BYTES)));
            }
        }
    }
}
