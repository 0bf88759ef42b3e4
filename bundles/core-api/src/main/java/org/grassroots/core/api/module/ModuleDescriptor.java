package org.grassroots.core.api.module;

import java.util.List;

/**
 * Everything the platform needs to know about a module without loading its classes.
 *
 * @param id      lowercase id, also the feature name suffix ({@code grassroots-<id>}), the REST prefix
 *                ({@code /api/<id>/}) and the table prefix
 * @param version the module's version (its bundle version)
 */
public record ModuleDescriptor(String id, LocalizedText name, String version, LocalizedText description,
                               ModuleCategory category, List<PermissionDefinition> permissions, UiEntry ui,
                               List<StatisticDefinition> statistics) {
    public ModuleDescriptor {
        permissions = List.copyOf(permissions);
        statistics = List.copyOf(statistics);
    }
}
