package org.grassroots.core.api.module;

import java.util.Map;

/**
 * One figure a module contributes to the dashboard, e.g. {@code rural.villages.demonstration}.
 *
 * @param breakdownLabels the label of each breakdown key the figure can have (e.g. {@link EnumLabels#of} of the
 *                        enum it is split by); core adds them to every reported {@link Statistic} of this id
 */
public record StatisticDefinition(String id, LocalizedText name, String unit,
                                  Map<String, LocalizedText> breakdownLabels) {
    public StatisticDefinition {
        breakdownLabels = Map.copyOf(breakdownLabels);
    }

    /** A figure without a breakdown. */
    public StatisticDefinition(String id, LocalizedText name, String unit) {
        this(id, name, unit, Map.of());
    }
}
