package org.grassroots.core.api.module;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One computed figure for a subtree and year.
 *
 * @param breakdown optionally splits the value (e.g. per category or per grid); keys are stable codes. Empty when
 *                  the figure has no parts.
 * @param labels    the zh-CN and English label of each breakdown key. Keys known in advance (enum codes, fixed
 *                  parts such as {@code previousIncome}) are declared once in the module's
 *                  {@link StatisticDefinition#breakdownLabels()} and filled in by core when it reports the figure;
 *                  a provider only sets labels here for keys that come from data (grid codes, configurable
 *                  categories). The dashboard shows labels, never the codes.
 */
public record Statistic(String id, LocalizedText name, double value, String unit, Map<String, Double> breakdown,
                        Map<String, LocalizedText> labels) {
    public Statistic {
        breakdown = Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
        labels = Map.copyOf(labels);
    }

    /** A figure whose breakdown keys are all declared in its {@link StatisticDefinition} (or that has none). */
    public Statistic(String id, LocalizedText name, double value, String unit, Map<String, Double> breakdown) {
        this(id, name, value, unit, breakdown, Map.of());
    }

    /** This figure with labels for keys it has none for yet (its own labels win). */
    public Statistic withDefaultLabels(Map<String, LocalizedText> defaults) {
        Map<String, LocalizedText> merged = new LinkedHashMap<>(defaults);
        merged.putAll(labels);
        merged.keySet().retainAll(breakdown.keySet());
        return new Statistic(id, name, value, unit, breakdown, merged);
    }
}
