package org.grassroots.core.api.module;

/** One figure a module contributes to the dashboard, e.g. {@code rural.villages.demonstration}. */
public record StatisticDefinition(String id, LocalizedText name, String unit) {
}
