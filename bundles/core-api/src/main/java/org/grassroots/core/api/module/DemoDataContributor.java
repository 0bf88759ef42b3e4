package org.grassroots.core.api.module;

/**
 * A module's part of the demo dataset. Core's demo loader (demo mode: {@code demo=true} in
 * {@code etc/org.grassroots.core.cfg}) calls every contributor once core's demo district is loaded, in ascending
 * {@link #order()}, one at a time, on its own thread, as a system caller ({@code demo-data}); a contributor
 * registered later (a module installed into a running demo platform) is called when it arrives. Calls repeat at
 * every start, so {@link #contribute()} must be idempotent (skip what is stored) and deterministic (seeded), and it
 * must not keep running threads. Register it as a service with {@code grassroots.module=<id>}.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface DemoDataContributor {
    /** Lower runs first (core's own district is always first); modules that build on another's data go later. */
    default int order() {
        return 100;
    }

    /** Loads what is missing; the return value (rows or records added) is only logged. */
    int contribute();
}
