package org.grassroots.core.api.module;

import java.util.Map;

/**
 * Per-unit enablement of modules. A setting on a unit applies to its whole subtree unless a unit further
 * down overrides it; with no setting on the path to the root, a module is disabled.
 */
public interface ModuleEnablement {
    boolean isEnabled(String moduleId, long organizationId);

    /**
     * @throws ModuleDisabledException when the module is not enabled for the unit; the REST layer answers
     *                                 403 with a problem naming the module and the unit
     */
    void requireEnabled(String moduleId, long organizationId);

    /** The unit's effective settings for the module (inherited like enablement). */
    Map<String, String> settings(String moduleId, long organizationId);
}
