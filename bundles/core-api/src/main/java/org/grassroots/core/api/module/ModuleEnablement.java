package org.grassroots.core.api.module;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Per-unit enablement of modules. A setting on a unit applies to its whole subtree unless a unit further
 * down overrides it; with no setting on the path to the root, a module is disabled.
 */
@ProviderType
public interface ModuleEnablement {
    boolean isEnabled(String moduleId, long organizationId);

    /**
     * @throws ModuleDisabledException when the module is not enabled for the unit; the REST layer answers
     *                                 403 with a problem naming the module and the unit
     */
    void requireEnabled(String moduleId, long organizationId);

    /** The unit's effective settings for the module (inherited like enablement). */
    Map<String, String> settings(String moduleId, long organizationId);

    /**
     * The effective setting of a module for a unit and the unit it is inherited from ({@code inheritedFrom} null:
     * nobody decided anywhere on the path to the root, so the module is disabled).
     */
    EnablementSetting effective(String moduleId, long organizationId);

    /**
     * Enables the module for the unit (and so its subtree) unless a setting already exists anywhere on the unit's path
     * to the root; audited. For platform-internal work such as a module enabling itself for the demo units: an
     * operator's decision, even "disabled", is never overridden. Operators use
     * {@code /api/core/modules/<id>/enablement/<unit>} or the shell, which check permissions first.
     *
     * @return whether this call enabled it
     */
    boolean enableUnlessDecided(String moduleId, long organizationId);
}
