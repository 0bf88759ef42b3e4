package org.grassroots.itests.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plain HTTP against a running district: {@link java.net.http.HttpClient} and Jackson trees. Used inside the
 * Pax Exam container (java.* is boot-delegated, Jackson is imported dynamically) and by the plain JUnit tests.
 */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final HttpClient client = CLIENT;
    private final String root;
    /** The Authorization header every request carries; null = anonymous. */
    private volatile String authorization;
    /**
     * The Accept-Language every request carries. The tests read the server's messages in English by default (their
     * assertions quote English texts); {@link #inLanguage} gives a client reading Chinese, the platform's default.
     */
    private final String language;

    /** @param port the HTTP port of the district (org.osgi.service.http.port) */
    public Api(int port) {
        this.root = "http://localhost:" + port;
        this.language = "en";
    }

    private Api(String root, String authorization, String language) {
        this.root = root;
        this.authorization = authorization;
        this.language = language;
    }

    /** The same server and credentials, reading messages in {@code acceptLanguage} (e.g. {@code zh-CN}). */
    public Api inLanguage(String acceptLanguage) {
        return new Api(root, authorization, acceptLanguage);
    }

    /** The same server without credentials. */
    public Api anonymous() {
        return new Api(root, null, language);
    }

    /** The same server with HTTP Basic credentials (as scripts use it). */
    public Api basic(String username, String password) {
        return new Api(root, "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(UTF_8)), language);
    }

    /** Signs in with {@code POST /api/auth/login} and returns a client sending the bearer token. */
    public Api signIn(String username, String password) {
        Response login = anonymous().post("/api/auth/login", Json.obj("username", username, "password", password)).expect(200);
        return bearer(login.json().get("token").asText());
    }

    /** The first password of the accounts tests create, and the one they choose at the first sign-in (both pass the policy). */
    public static final String TEMPORARY_PASSWORD = "Temp-Password-0001";
    public static final String CHOSEN_PASSWORD = "Chosen-Passw0rd-2026";

    /**
     * Creates an account ({@code organizationId} and {@code memberId} may be null), signs in once to replace its
     * temporary password as a person would, and answers a Basic client of it. This client must be allowed to create it.
     */
    public Api newAccount(String username, String role, Long organizationId, Long memberId) {
        post("/api/auth/accounts", Json.obj("username", username, "displayName", username, "roles", Json.arr(role),
                "organizationId", organizationId, "memberId", memberId, "password", TEMPORARY_PASSWORD)).expect(201);
        signIn(username, TEMPORARY_PASSWORD).post("/api/auth/password", Json.obj("currentPassword", TEMPORARY_PASSWORD,
                "newPassword", CHOSEN_PASSWORD)).expect(204);
        return basic(username, CHOSEN_PASSWORD);
    }

    /** The id of the demo district's root unit ({@code JNGX}); fails when the demo is off. */
    public long demoDistrictId() {
        for (com.fasterxml.jackson.databind.JsonNode root : get("/organizations/roots").expect(200).json()) {
            if ("JNGX".equals(root.path("code").asText())) {
                return root.path("id").asLong();
            }
        }
        throw new AssertionError("no demo district JNGX among the roots: is the demo data on?");
    }

    /** The same server, signed in as a big screen with a display token ({@code Authorization: Display …}). */
    public Api display(String token) {
        return new Api(root, "Display " + token, language);
    }

    public Api bearer(String token) {
        return new Api(root, "Bearer " + token, language);
    }

    public String authorization() {
        return authorization;
    }

    /** {@code http://localhost:<port>}. */
    public String root() {
        return root;
    }

    /** Absolute URL for a path below {@code /api/core} (a path starting with {@code /api/} is taken as is). */
    public String url(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return root + (path.startsWith("/api/") ? path : "/api/core" + (path.startsWith("/") ? path : "/" + path));
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object json) {
        return send(request(path).header("Content-Type", "application/json").POST(jsonBody(json)));
    }

    public Response post(String path, Object json, long ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", etag(ifMatch))
                .POST(jsonBody(json)));
    }

    public Response put(String path, Object json, long ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", etag(ifMatch))
                .PUT(jsonBody(json)));
    }

    public Response putWithoutVersion(String path, Object json) {
        return send(request(path).header("Content-Type", "application/json").PUT(jsonBody(json)));
    }

    public Response delete(String path, long ifMatch) {
        return send(request(path).header("If-Match", etag(ifMatch)).DELETE());
    }

    public Response deleteWithoutVersion(String path) {
        return send(request(path).DELETE());
    }

    /** Any method, any content type, raw bytes; {@code headers} are name, value pairs. */
    public Response send(String method, String path, String contentType, BodyPublisher body, String... headers) {
        HttpRequest.Builder builder = request(path).method(method, body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    public Response postBytes(String path, String contentType, byte[] body) {
        return send("POST", path, contentType, BodyPublishers.ofByteArray(body));
    }

    /** A body without Content-Length (sent chunked). */
    public Response postChunked(String path, String contentType, byte[] body) {
        return send("POST", path, contentType, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path))).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json, */*")
                ;
        if (!language.isEmpty()) {
            builder.header("Accept-Language", language);
        }
        String auth = authorization;
        return auth == null ? builder : builder.header("Authorization", auth);
    }

    private static BodyPublisher jsonBody(Object json) {
        try {
            byte[] bytes = json instanceof String s ? s.getBytes(UTF_8) : JSON.writeValueAsBytes(json);
            return BodyPublishers.ofByteArray(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<byte[]> response = client.send(request, BodyHandlers.ofByteArray());
            return new Response(request.method() + " " + request.uri(), response);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The core endpoints every test needs; answering 200 means the core REST application is fully built. */
    public static final List<String> CORE_PATHS = List.of("/organizations/roots", "/members?size=1");

    /**
     * Waits until {@code GET /api/health} answers 200 {"status":"UP"} and every one of {@code paths} answers
     * 200, so that tests do not race the start of the platform (resources join the REST application one by one).
     *
     * @param process the Karaf process, to stop waiting when it died (null inside the container)
     */
    public void awaitUp(Duration timeout, ProcessHandle process, List<String> paths) {
        authorization = basic(District.ADMIN, District.ADMIN_PASSWORD).authorization;
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                fail("the Karaf process ended before the platform came up; last answer: " + last);
            }
            try {
                Response health = get("/api/health");
                last = health.toString();
                boolean up = health.status() == 200 && "UP".equals(health.json().path("status").asText());
                for (int i = 0; up && i < paths.size(); i++) {
                    Response answer = get(paths.get(i));
                    last = answer.toString();
                    up = answer.status() == 200;
                }
                if (up) {
                    return;
                }
            } catch (RuntimeException notYet) {
                last = notYet.getMessage();
            }
            sleep(500);
        }
        fail("the platform at " + root + " did not come up within " + timeout + "; last answer: " + last);
    }

    /**
     * Waits until the platform has settled after its start: every installed module is ACTIVE and serves its API,
     * and the demo data, when it is on, is written whole (core's district and every module's part). Tests that
     * start earlier race the modules' starts and the demo writers (a module's first request answers 404, or a
     * test's own records land before the demo's and change its figures).
     */
    public void awaitSettled(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            try {
                last = unsettled();
            } catch (IllegalStateException slow) {
                // a request timed out: a starting platform on a loaded machine, ask again until the deadline
                last = slow.getMessage();
            }
            if (last == null) {
                return;
            }
            sleep(500);
        }
        fail("the platform at " + root + " did not settle within " + timeout + ": " + last);
    }

    /** What is not settled yet, or null. */
    private String unsettled() {
        Response modules = get("/modules");
        if (modules.status() != 200) {
            return modules.toString();
        }
        for (JsonNode module : modules.json()) {
            String id = module.path("id").asText();
            String state = module.path("state").asText();
            if ("AVAILABLE".equals(state)) {
                continue;
            }
            if (!"ACTIVE".equals(state)) {
                return "module " + id + " is " + state + ": " + module.path("reason").asText();
            }
            Response description = get("/api/" + id + "/openapi.json");
            if (description.status() != 200) {
                return "module " + id + " does not serve its API yet: " + description;
            }
        }
        Response demo = get("/modules/demo-data");
        if (demo.status() != 200) {
            return demo.toString();
        }
        if (demo.json().path("failed").size() > 0) {
            fail("the demo data of some modules failed to load (see the container's log): " + demo);
        }
        return demo.json().path("loading").asBoolean() ? "the demo data is still being written: " + demo : null;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP exchange, with helpers to read it and to assert on it with the whole response in the message. */
    public static final class Response {
        private final String request;
        private final HttpResponse<byte[]> response;
        private JsonNode json;

        Response(String request, HttpResponse<byte[]> response) {
            this.request = request;
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public byte[] bytes() {
            return response.body();
        }

        public String text() {
            return new String(response.body(), UTF_8);
        }

        public JsonNode json() {
            if (json == null) {
                try {
                    json = JSON.readTree(response.body());
                } catch (IOException e) {
                    throw new AssertionError("not JSON: " + this, e);
                }
            }
            return json;
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        /** The version in the ETag header, e.g. {@code "3"} → 3. */
        public long etagVersion() {
            String etag = header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + this));
            return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
        }

        /** Asserts the status and returns this response. */
        public Response expect(int status) {
            assertEquals("unexpected status of " + this, status, status());
            return this;
        }

        /** Asserts an application/problem+json answer with this status and returns its body. */
        public JsonNode problem(int status) {
            expect(status);
            if (!contentType().startsWith(PROBLEM_JSON)) {
                throw new AssertionError("expected " + PROBLEM_JSON + ": " + this);
            }
            assertEquals("status in the problem body of " + this, status, json().path("status").asInt());
            return json();
        }

        /** The field names in a problem's {@code errors}. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }

        /** Asserts a 422 problem whose errors name every one of these fields. */
        public JsonNode expectInvalid(String... fields) {
            JsonNode problem = problem(422);
            List<String> named = errorFields();
            for (String field : fields) {
                if (!named.contains(field)) {
                    throw new AssertionError("expected an error naming '" + field + "' in " + this);
                }
            }
            return problem;
        }

        @Override
        public String toString() {
            String body = text();
            if (body.length() > 2000) {
                body = body.substring(0, 2000) + "... (" + body.length() + " characters)";
            }
            return request + " -> " + status() + " " + contentType() + " " + body;
        }
    }
}
