package org.grassroots.core.api.module;

/** Where a module stands in the running platform, as the module registry reports it. */
public enum ModuleState {
    /**
     * Not installed, and installable: offered by a feature repository the platform knows, or by the remembered
     * repository of a removed third-party module that can still be read (installing adds it back).
     */
    AVAILABLE,
    /** Installed, every bundle active, every component satisfied, its {@link ActionModule} registered. */
    ACTIVE,
    /**
     * Installed (or refused at installation) but not working: a bundle is not resolved or not started (e.g. it
     * was built for an API version the platform does not offer), a component is unsatisfied or threw on
     * activation, or the module registers no descriptor; also a removed third-party module whose feature
     * repository cannot be read any more, or a module whose id breaks {@link ModuleIds}. The registry gives the
     * reason.
     */
    FAILED
}
