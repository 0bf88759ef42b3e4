package org.grassroots.core.api.module;

/**
 * A module's part of the demo dataset. Core's demo loader (demo mode: {@code demo=true} in
 * {@code etc/org.grassroots.core.cfg}) calls every contributor once core's demo district is loaded, in ascending
 * {@link #order()}, one at a time, on its own thread, as a system caller ({@code demo-data}); a contributor
 * registered later (a module installed into a running demo platform) is called when it arrives. Calls repeat at
 * every start, so a contribution must be idempotent (skip what is stored) and deterministic (seeded), and it
 * must not keep running threads. Register it as a service with {@code grassroots.module=<id>}.
 * <p>
 * Core calls {@link #contribute(DemoCopy)} once per copy of the demo district (one copy unless the benchmark's city
 * asks for more, see {@link DemoCopy}). A contributor that knows copies overrides it; one written for a single district
 * implements {@link #contribute()}, which the default calls for the first copy only.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface DemoDataContributor {
    /** Lower runs first (core's own district is always first); modules that build on another's data go later. */
    default int order() {
        return 100;
    }

    /**
     * Loads what is missing of the demo district {@code JNGX}; the return value (rows or records added) is only
     * logged. Implement this or {@link #contribute(DemoCopy)}.
     */
    default int contribute() {
        throw new UnsupportedOperationException(getClass().getName() + " implements neither contribute method");
    }

    /**
     * Loads what is missing of one copy of the demo district; the return value is only logged. The default loads the
     * first copy through {@link #contribute()} and leaves the others without this module's part.
     */
    default int contribute(DemoCopy copy) {
        return copy.number() == 1 ? contribute() : 0;
    }
}
