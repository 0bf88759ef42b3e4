package org.grassroots.core.api.module;

import java.util.Map;

/**
 * One computed figure for a subtree and year. {@code breakdown} optionally splits the value (e.g. per
 * category or per month, keys are stable codes); it is empty when the figure has no parts.
 */
public record Statistic(String id, LocalizedText name, double value, String unit, Map<String, Double> breakdown) {
    public Statistic {
        breakdown = Map.copyOf(breakdown);
    }
}
