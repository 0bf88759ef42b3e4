package org.grassroots.core.api.module;

import java.util.Map;

/**
 * The effective enablement of a module for a unit.
 *
 * @param inheritedFrom the unit whose explicit setting decides (the unit itself or an ancestor), or null when no
 *                      unit on the path to the root has one and the module is therefore disabled
 * @param settings      the settings stored with that explicit setting (empty when there is none)
 */
public record EnablementSetting(String moduleId, long unitId, boolean enabled, Long inheritedFrom,
                                Map<String, String> settings) {
    public EnablementSetting {
        settings = Map.copyOf(settings);
    }
}
