package org.grassroots.core.api.module;

import java.util.List;

/**
 * One entry of the module registry: the descriptor's fields plus the module's state. For an
 * {@link ModuleState#AVAILABLE} or {@link ModuleState#FAILED} module the fields come from its feature (the
 * module's classes are not running), so permissions and statistics are empty and {@code ui} is null.
 *
 * @param reason null unless {@code state} is {@link ModuleState#FAILED}: what is wrong, in plain words
 * @param nodes  with several platform nodes on one database: each node's state of the module, as far as the
 *               cluster's module set names it (sorted by node); empty on a single node ({@code state} is this node's)
 */
public record ModuleInfo(String id, LocalizedText name, String version, LocalizedText description,
                         ModuleCategory category, ModuleState state, String reason,
                         List<PermissionDefinition> permissions, UiEntry ui, List<StatisticDefinition> statistics,
                         List<LabelSet> labels, List<ModuleOnNode> nodes) {
    public ModuleInfo {
        permissions = List.copyOf(permissions);
        statistics = List.copyOf(statistics);
        labels = List.copyOf(labels);
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    /** An entry of a single node (API 1.6 and earlier). */
    public ModuleInfo(String id, LocalizedText name, String version, LocalizedText description,
                      ModuleCategory category, ModuleState state, String reason,
                      List<PermissionDefinition> permissions, UiEntry ui, List<StatisticDefinition> statistics,
                      List<LabelSet> labels) {
        this(id, name, version, description, category, state, reason, permissions, ui, statistics, labels, List.of());
    }

    /** This entry with the nodes' states of the module. */
    public ModuleInfo withNodes(List<ModuleOnNode> states) {
        return new ModuleInfo(id, name, version, description, category, state, reason, permissions, ui, statistics,
                labels, states);
    }

    /** An entry without label sets (API 1.2 and earlier). */
    public ModuleInfo(String id, LocalizedText name, String version, LocalizedText description,
                      ModuleCategory category, ModuleState state, String reason,
                      List<PermissionDefinition> permissions, UiEntry ui, List<StatisticDefinition> statistics) {
        this(id, name, version, description, category, state, reason, permissions, ui, statistics, List.of());
    }

    /** An active module, described by its own descriptor. */
    public static ModuleInfo active(ModuleDescriptor d) {
        return new ModuleInfo(d.id(), d.name(), d.version(), d.description(), d.category(), ModuleState.ACTIVE, null,
                d.permissions(), d.ui(), d.statistics(), d.labels());
    }
}
