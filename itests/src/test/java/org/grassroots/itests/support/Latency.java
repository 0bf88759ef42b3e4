package org.grassroots.itests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The latency of the platform and of healthy modules while another module misbehaves (issue 25 point 2): rounds of
 * GETs of a few paths, each timed; a bound generous enough for a shared CI machine (2 s a request), not a
 * micro-benchmark.
 */
public final class Latency {
    /** What no request of a healthy module may take while another module misbehaves. */
    public static final long BOUND_MILLIS = 2_000;
    /** The platform (core's organizations and the registry) and two healthy modules. */
    public static final List<String> HEALTHY = List.of("/api/core/organizations/roots", "/api/core/modules",
            "/api/industrial/openapi.json", "/api/hello/ping");

    private final List<String> failures = new ArrayList<>();
    private long requests;
    private long slowestMillis;

    private Latency() {
    }

    /** {@code rounds} rounds over {@link #HEALTHY}. */
    public static Latency of(Api api, int rounds) {
        Latency latency = new Latency();
        for (int i = 0; i < rounds; i++) {
            latency.round(api);
        }
        return latency;
    }

    /** Rounds over {@link #HEALTHY} until {@code done} (at least one). */
    public static Latency until(Api api, BooleanSupplier done) {
        Latency latency = new Latency();
        do {
            latency.round(api);
        } while (!done.getAsBoolean());
        return latency;
    }

    private void round(Api api) {
        for (String path : HEALTHY) {
            long start = System.nanoTime();
            try {
                Api.Response response = api.get(path);
                if (response.status() != 200) {
                    failures.add(path + " answered " + response.status());
                }
            } catch (RuntimeException e) {
                failures.add(path + ": " + e);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            slowestMillis = Math.max(slowestMillis, millis);
            if (millis > BOUND_MILLIS) {
                failures.add(path + " took " + millis + " ms");
            }
            requests++;
        }
    }

    /** Failed requests and requests slower than the bound; empty when the healthy ones kept their latency. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    public long requests() {
        return requests;
    }

    public long slowestMillis() {
        return slowestMillis;
    }

    @Override
    public String toString() {
        return requests + " requests, slowest " + slowestMillis + " ms, failures " + failures;
    }
}
