package org.grassroots.core.api.module;

/** Where a module stands in the running platform, as the module registry reports it. */
public enum ModuleState {
    /** Offered by a feature repository the platform knows, not installed. */
    AVAILABLE,
    /** Installed, every bundle active, every component satisfied, its {@link ActionModule} registered. */
    ACTIVE,
    /**
     * Installed (or refused at installation) but not working: a bundle is not resolved or not started, a
     * component is unsatisfied or threw on activation, or the module registers no descriptor. The registry
     * gives the reason.
     */
    FAILED
}
