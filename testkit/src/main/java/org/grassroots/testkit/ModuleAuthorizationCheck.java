package org.grassroots.testkit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.grassroots.testkit.AuthorizationMatrix.Answer;
import org.grassroots.testkit.AuthorizationMatrix.Endpoint;
import org.grassroots.testkit.AuthorizationMatrix.Rule;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs the platform's authorization checks against one module's endpoints on a running platform, for module
 * authors who cannot add lines to the platform's own matrix:
 * <pre>
 * ModuleAuthorizationCheck.forModule(URI.create("http://localhost:8181"), "admin", adminPassword, "volunteer")
 *         .endpoint("GET /activities", "volunteer.read", false)
 *         .endpoint("POST /activities", "volunteer.write", false, "{\"unitId\":{unit}}")
 *         .endpoint("GET /activities/{id}", "volunteer.read", true)
 *         .records((admin, unit) -&gt; createActivityIn(admin, unit))
 *         .run();
 * </pre>
 * It builds a {@link ScopeWorld} (units, a member, one account per role, the module enabled), then calls every
 * endpoint without credentials (must be 401), as every role (the roles the module's descriptor grants the
 * permission to must pass, the others get 403) and, for a scoped endpoint, as every limited role with a unit or
 * record outside its subtree (404 when allowed, else 403). "Pass" means the call got past the checks: 2xx, or the
 * 409/422 that the stale {@code If-Match} and the given body provoke, so the checks change no data when a write
 * is refused for an old version. It also fails when {@code /api/<module>/openapi.json} serves an endpoint that
 * has no check.
 * <p>
 * In paths and bodies {@code {unit}} is a unit in (or out of) the caller's scope, {@code {member}} a member in
 * branch A, {@code {id}} and {@code {record}} a record of that unit made by {@link #records}.
 */
public final class ModuleAuthorizationCheck {
    private static final String STALE_VERSION = "\"999999\"";

    private final PlatformClient admin;
    private final String module;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> bodies = new HashMap<>();
    private final Map<String, String> permissions = new HashMap<>();
    private BiFunction<PlatformClient, Long, String> records;
    private boolean everyEndpoint = true;

    private ModuleAuthorizationCheck(PlatformClient admin, String module) {
        this.admin = admin;
        this.module = module;
    }

    /**
     * @param base          the platform, e.g. {@code http://localhost:8181}
     * @param adminUser     an account that may create units, members and accounts and enable modules
     * @param adminPassword its password
     * @param module        the module id; the module must be installed and active
     */
    public static ModuleAuthorizationCheck forModule(URI base, String adminUser, String adminPassword, String module) {
        return new ModuleAuthorizationCheck(PlatformClient.basic(base, adminUser, adminPassword), module);
    }

    /** An endpoint that needs {@code permission}; whoever the module's descriptor grants it to may call it. */
    public ModuleAuthorizationCheck endpoint(String request, String permission, boolean scoped) {
        return endpoint(request, permission, scoped, "{}");
    }

    /** As {@link #endpoint(String, String, boolean)}, sending {@code body} (JSON) on writes. */
    public ModuleAuthorizationCheck endpoint(String request, String permission, boolean scoped, String body) {
        String[] parts = request.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a request is 'METHOD /path', got: " + request);
        }
        Endpoint endpoint = new Endpoint(module, parts[0].toUpperCase(Locale.ROOT), parts[1]);
        rules.add(new Rule(endpoint, Set.of(), scoped));
        permissions.put(endpoint.key(), permission);
        bodies.put(endpoint.key(), body);
        return this;
    }

    /** Adds the lines of a matrix file (platform format, roles stated per line) that name this module. */
    public ModuleAuthorizationCheck matrix(Reader matrix) {
        try {
            rules.addAll(AuthorizationMatrix.parse(matrix).forModule(module).rules().values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** How to get a record of a unit for {@code {id}}/{@code {record}}: made by the administrator, its id returned. */
    public ModuleAuthorizationCheck records(BiFunction<PlatformClient, Long, String> createInUnit) {
        this.records = createInUnit;
        return this;
    }

    /** Do not fail for endpoints of {@code openapi.json} without a check (e.g. while a module grows). */
    public ModuleAuthorizationCheck allowUncheckedEndpoints() {
        this.everyEndpoint = false;
        return this;
    }

    /** Builds the accounts and units, runs every check and throws an {@link AssertionError} listing each failure. */
    public void run() {
        AuthorizationMatrix matrix = AuthorizationMatrix.of(resolvedRules());
        List<String> failures = new ArrayList<>();
        if (everyEndpoint) {
            failures.addAll(matrix.coverageProblems(served()));
        }
        ScopeWorld world = ScopeWorld.build(admin, module);
        Map<Long, String> recordsByUnit = new HashMap<>();
        AuthorizationMatrix.Caller caller = (rule, role, inScope) -> {
            long unit = inScope ? world.unitInScope(role == null ? "SECRETARY" : role) : world.unitOutOfScope();
            String record = needsRecord(rule.endpoint().path())
                    ? recordsByUnit.computeIfAbsent(unit, u -> recordIn(u)) : "999999";
            PlatformClient client = role == null ? PlatformClient.anonymous(admin.base()) : world.as(role);
            String path = "/api/" + module + fill(rule.endpoint().path(), unit, world.memberInScope(), record);
            String body = rule.endpoint().method().equals("GET") ? null
                    : fill(bodies.getOrDefault(rule.endpoint().key(), "{}"), unit, world.memberInScope(), record);
            PlatformClient.Response response = client.send(rule.endpoint().method(), path, body, "If-Match", STALE_VERSION);
            return new Answer(response.status(), (role == null ? "" : "as " + role + ": ") + response);
        };
        failures.addAll(matrix.anonymousFailures(caller));
        failures.addAll(matrix.failures(AuthorizationMatrix.ROLES, caller));
        AuthorizationMatrix.assertNone(failures);
    }

    /** The rules with the roles of their permission filled in from the module's descriptor. */
    private List<Rule> resolvedRules() {
        Map<String, Set<String>> grantedTo = grantedTo();
        List<Rule> resolved = new ArrayList<>();
        for (Rule rule : rules) {
            String permission = permissions.get(rule.endpoint().key());
            if (permission == null) {
                resolved.add(rule);
                continue;
            }
            Set<String> roles = grantedTo.get(permission);
            if (roles == null) {
                throw new AssertionError("module " + module + " declares no permission " + permission
                        + "; it declares " + grantedTo.keySet());
            }
            resolved.add(new Rule(rule.endpoint(), roles, rule.scoped()));
        }
        return resolved;
    }

    private Map<String, Set<String>> grantedTo() {
        JsonNode descriptor = admin.get("/modules/" + module).expect(200).json();
        if (!"ACTIVE".equals(descriptor.path("state").asText())) {
            throw new AssertionError("module " + module + " is not active: " + descriptor);
        }
        Map<String, Set<String>> result = new HashMap<>();
        for (JsonNode permission : descriptor.path("permissions")) {
            Set<String> roles = new TreeSet<>();
            permission.path("grantedTo").forEach(role -> roles.add(role.asText()));
            result.put(permission.path("id").asText(), roles);
        }
        return result;
    }

    private List<Endpoint> served() {
        JsonNode paths = admin.get("/api/" + module + "/openapi.json").expect(200).json().path("paths");
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            paths.get(path).fieldNames().forEachRemaining(method ->
                    endpoints.add(new Endpoint(module, method.toUpperCase(Locale.ROOT), path)));
        }
        return endpoints;
    }

    private String recordIn(long unit) {
        if (records == null) {
            throw new AssertionError("an endpoint names {id} or {record}: tell the check how to make a record of a"
                    + " unit with records((admin, unit) -> id)");
        }
        return records.apply(admin, unit);
    }

    private static boolean needsRecord(String path) {
        return path.contains("{id}") || path.contains("{record}");
    }

    private static String fill(String template, long unit, long member, String record) {
        return template.replace("{unit}", Long.toString(unit)).replace("{member}", Long.toString(member))
                .replace("{id}", record).replace("{record}", record);
    }
}
