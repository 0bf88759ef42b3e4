package org.grassroots.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for one account on a running platform (HTTP Basic, as scripts use it). Paths starting with
 * {@code /api/} are taken as they are, anything else is below {@code /api/core}.
 */
public final class PlatformClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;

    private PlatformClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** @param base e.g. {@code http://localhost:8181} */
    public static PlatformClient basic(URI base, String username, String password) {
        return new PlatformClient(base, "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(UTF_8)));
    }

    /** Signs in with {@code POST /api/auth/login} and returns a client sending the bearer token. */
    public static PlatformClient signIn(URI base, String username, String password) {
        String token = anonymous(base).send("POST", "/api/auth/login", json("username", username, "password", password))
                .expect(200).json().get("token").asText();
        return new PlatformClient(base, "Bearer " + token);
    }

    public static PlatformClient anonymous(URI base) {
        return new PlatformClient(base, null);
    }

    public URI base() {
        return base;
    }

    /** One answer: its status and body. */
    public record Response(String method, String path, int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(method + " " + path + " answered no JSON: " + body, e);
            }
        }

        /** Fails unless the status is {@code expected}. */
        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + ": " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            String shown = body.length() > 300 ? body.substring(0, 300) + "..." : body;
            return method + " " + path + " -> " + status + " " + shown;
        }
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    /** Sends a JSON body ({@code null}: none); {@code headers} are name, value pairs. */
    public Response send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json, UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString(UTF_8));
            return new Response(method, path, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** A JSON text of name, value pairs. */
    public static String json(Object... pairs) {
        var node = JSON.createObjectNode();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            node.set((String) pairs[i], JSON.valueToTree(pairs[i + 1]));
        }
        return node.toString();
    }

    private URI url(String path) {
        String full = path.startsWith("/api/") ? path : "/api/core" + (path.startsWith("/") ? path : "/" + path);
        return base.resolve(full);
    }
}
