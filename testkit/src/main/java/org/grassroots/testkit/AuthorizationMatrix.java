package org.grassroots.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may call which endpoint, and the check that every role gets exactly that: the platform's own rules
 * (SecurityIT's {@code authorization-matrix.txt}) and a module author's, in the same format. One line per endpoint:
 * <pre>
 * module | METHOD path (as in openapi.json) | roles allowed (ALL, PUBLIC, TOKEN or a list) | scoped or open
 * </pre>
 * {@code ALL} is every role of {@link #ROLES}; {@code PUBLIC} answers without authentication, {@code TOKEN} needs
 * any bearer token (both are skipped by {@link #failures}); {@code scoped} means a caller allowed by role still gets
 * 404 for a record or unit outside their subtree; {@code open} means nothing of the caller's scope is in the path.
 * Blank lines and lines starting with {@code #} are comments.
 */
public final class AuthorizationMatrix {
    /** The platform's roles (org.grassroots.core.api.security.Role), in the order the checks run. */
    public static final List<String> ROLES = List.of("SYSTEM_ADMIN", "DISTRICT_ADMIN", "UNIT_ADMIN", "SECRETARY",
            "MEMBER", "AUDITOR");
    /** Roles whose scope is the whole platform: nothing is ever out of their scope. */
    public static final Set<String> UNRESTRICTED = Set.of("SYSTEM_ADMIN", "DISTRICT_ADMIN", "AUDITOR");

    /** An endpoint as {@code openapi.json} names it, below {@code /api/<module>}. */
    public record Endpoint(String module, String method, String path) {
        public String key() {
            return module + " " + method + " " + path;
        }
    }

    /** The roles an endpoint allows and whether it is bound to the caller's scope. */
    public record Rule(Endpoint endpoint, Set<String> roles, boolean scoped) {
        public Rule {
            roles = Set.copyOf(roles);
        }

        /** Sign-in and sign-out: not checked role by role. */
        public boolean signInOnly() {
            return roles.contains("PUBLIC") || roles.contains("TOKEN");
        }
    }

    /** What one call answered; {@code description} goes into failure messages (method, path, status, body). */
    public record Answer(int status, String description) {
    }

    /** Calls an endpoint as a role ({@code null}: without credentials), naming something in or out of its scope. */
    @FunctionalInterface
    public interface Caller {
        Answer call(Rule rule, String role, boolean inScope);
    }

    private final Map<String, Rule> rules;

    private AuthorizationMatrix(Map<String, Rule> rules) {
        this.rules = Map.copyOf(rules);
    }

    public static AuthorizationMatrix of(Collection<Rule> rules) {
        Map<String, Rule> byKey = new LinkedHashMap<>();
        rules.forEach(rule -> byKey.put(rule.endpoint().key(), rule));
        return new AuthorizationMatrix(byKey);
    }

    /** Reads a matrix file; a malformed line fails with its number. */
    public static AuthorizationMatrix parse(Reader source) throws IOException {
        List<Rule> rules = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String[] request = cells.length == 4 ? cells[1].trim().split("\\s+") : new String[0];
            if (request.length != 2 || !Set.of("scoped", "open").contains(cells[3].trim())) {
                throw new IllegalArgumentException("matrix line " + number
                        + ": expected 'module | METHOD path | roles | scoped or open', got: " + line);
            }
            String roles = cells[2].trim();
            Set<String> allowed = roles.equals("ALL") ? new TreeSet<>(ROLES) : new TreeSet<>(List.of(roles.split("\\s*,\\s*")));
            rules.add(new Rule(new Endpoint(cells[0].trim(), request[0], request[1]), allowed,
                    cells[3].trim().equals("scoped")));
        }
        return of(rules);
    }

    /** The rules by {@link Endpoint#key()}. */
    public Map<String, Rule> rules() {
        return rules;
    }

    /** Only the lines of one module. */
    public AuthorizationMatrix forModule(String module) {
        return of(rules.values().stream().filter(r -> r.endpoint().module().equals(module)).toList());
    }

    /**
     * Served endpoints without a line, and lines naming no served endpoint; empty when the matrix is complete. A
     * query string in a line's path (e.g. {@code ?unit={unit}}) is not part of the comparison.
     */
    public List<String> coverageProblems(Collection<Endpoint> served) {
        Set<String> servedKeys = new TreeSet<>();
        served.forEach(e -> servedKeys.add(e.key()));
        Set<String> ruleKeys = new TreeSet<>();
        rules.values().forEach(r -> ruleKeys.add(r.endpoint().key().replaceFirst("\\?.*$", "")));
        Set<String> missing = new TreeSet<>(servedKeys);
        missing.removeAll(ruleKeys);
        Set<String> stale = new TreeSet<>(ruleKeys);
        stale.removeAll(servedKeys);
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("endpoints without a line in the matrix: " + missing);
        }
        if (!stale.isEmpty()) {
            problems.add("lines in the matrix naming no served endpoint: " + stale);
        }
        return problems;
    }

    /** A denial: unauthenticated, forbidden, or (for a scoped endpoint naming a real record) not found. */
    public static boolean denied(int status, boolean scoped) {
        return status == 401 || status == 403 || (scoped && status == 404);
    }

    /**
     * Calls every endpoint as every role in {@code roles}: an allowed role must not be denied, any other must get
     * 403; for a scoped endpoint a role with a limited scope must also get 404 (allowed) or 403 (not allowed) for
     * something outside its subtree.
     *
     * @return one line per wrong answer; empty when every role got what the matrix says
     */
    public List<String> failures(List<String> roles, Caller caller) {
        List<String> failures = new ArrayList<>();
        for (Rule rule : rules.values()) {
            if (rule.signInOnly()) {
                continue;
            }
            for (String role : roles) {
                boolean allowed = rule.roles().contains(role);
                Answer inScope = caller.call(rule, role, true);
                if (allowed ? denied(inScope.status(), rule.scoped()) : inScope.status() != 403) {
                    failures.add(role + " in scope: expected " + (allowed ? "allowed" : "403") + ": " + inScope.description());
                }
                if (!UNRESTRICTED.contains(role) && rule.scoped()) {
                    Answer outOfScope = caller.call(rule, role, false);
                    int expected = allowed ? 404 : 403;
                    if (outOfScope.status() != expected) {
                        failures.add(role + " out of scope: expected " + expected + ": " + outOfScope.description());
                    }
                }
            }
        }
        return failures;
    }

    /** Calls every endpoint without credentials: each must answer 401. */
    public List<String> anonymousFailures(Caller caller) {
        List<String> failures = new ArrayList<>();
        for (Rule rule : rules.values()) {
            if (!rule.signInOnly()) {
                Answer answer = caller.call(rule, null, true);
                if (answer.status() != 401) {
                    failures.add("without credentials: expected 401: " + answer.description());
                }
            }
        }
        return failures;
    }

    /** Throws an {@link AssertionError} listing every failure, if there is any. */
    public static void assertNone(List<String> failures) {
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " authorization failures:\n" + String.join("\n", failures));
        }
    }
}
