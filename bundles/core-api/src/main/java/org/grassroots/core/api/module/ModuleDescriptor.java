package org.grassroots.core.api.module;

import java.util.List;

/**
 * Everything the platform needs to know about a module without loading its classes.
 *
 * @param id     lowercase id, also the feature name suffix ({@code grassroots-<id>}), the REST prefix
 *               ({@code /api/<id>/}) and the table prefix
 * @param version the module's version (its bundle version)
 * @param labels the labels of every set of codes the module's pages and exports show (its user-visible enums),
 *               served to the console by {@code GET /api/core/labels}
 */
public record ModuleDescriptor(String id, LocalizedText name, String version, LocalizedText description,
                               ModuleCategory category, List<PermissionDefinition> permissions, UiEntry ui,
                               List<StatisticDefinition> statistics, List<LabelSet> labels) {
    public ModuleDescriptor {
        permissions = List.copyOf(permissions);
        statistics = List.copyOf(statistics);
        labels = List.copyOf(labels);
    }

    /** A module that shows no codes of its own (API 1.2 and earlier). */
    public ModuleDescriptor(String id, LocalizedText name, String version, LocalizedText description,
                            ModuleCategory category, List<PermissionDefinition> permissions, UiEntry ui,
                            List<StatisticDefinition> statistics) {
        this(id, name, version, description, category, permissions, ui, statistics, List.of());
    }
}
