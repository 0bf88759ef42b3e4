package org.grassroots.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * One file of the console, read once from the bundle: its bytes, a gzip copy for text, its content type and an
 * ETag computed from the content (a bundle's files never change while it is installed).
 */
record StaticResource(byte[] bytes, byte[] gzipped, String contentType, String etag) {

    static StaticResource of(String path, byte[] bytes) {
        String type = ContentTypes.of(path);
        byte[] gzipped = ContentTypes.isText(type) && bytes.length > 512 ? gzip(bytes) : null;
        return new StaticResource(bytes, gzipped, type, "\"" + sha256(bytes).substring(0, 32) + "\"");
    }

    void write(HttpServletRequest request, HttpServletResponse response, ConsolePaths.Caching caching,
               boolean withBody) throws IOException {
        response.setHeader("Cache-Control", caching.header);
        response.setHeader("ETag", etag);
        response.setHeader("Vary", "Accept-Encoding");
        if (matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        boolean gzip = gzipped != null && accepts(request.getHeader("Accept-Encoding"), "gzip");
        byte[] body = gzip ? gzipped : bytes;
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (withBody) {
            response.getOutputStream().write(body);
        }
    }

    private boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    static boolean accepts(String acceptEncoding, String coding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] tokens = part.trim().split(";");
            if (tokens[0].trim().equals(coding)) {
                return tokens.length == 1 || !tokens[1].replace(" ", "").equals("q=0");
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
