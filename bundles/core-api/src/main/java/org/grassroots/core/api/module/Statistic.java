package org.grassroots.core.api.module;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One computed figure of a module for a subtree and year, shown on the dashboard as a key figure.
 *
 * @param id        stable id, unique within the module (e.g. {@code requests.open})
 * @param name      the figure's label in zh-CN and English
 * @param value     the figure itself, for the whole subtree and year
 * @param unit      the unit of {@code value}: {@code count}, {@code hours}, {@code yuan} ... (the console shows
 *                  its label)
 * @param breakdown optional parts of {@code value}, keyed by stable codes: per category (e.g. the codes of an
 *                  enum, {@code RATED}, {@code OWN_BRANCH}) or per period ({@code 2026-03}, {@code 2026}).
 *                  The dashboard draws a chart from it when it has two or more keys: a line for period keys
 *                  ({@code yyyy} or {@code yyyy-MM}), a pie for up to eight categories, bars beyond; it shows
 *                  each key through its label (see {@code labels}). The values should add up to {@code value}
 *                  when the parts are exclusive (a pie implies it). Empty when the figure has no parts; never
 *                  {@code null} (the record copies it, in its order, and refuses null keys and values).
 * @param labels    the zh-CN and English label of each breakdown key. Keys known in advance (enum codes, fixed
 *                  parts such as {@code previousIncome}) are declared once in the module's
 *                  {@link StatisticDefinition#breakdownLabels()} and filled in by core when it reports the figure;
 *                  a provider only sets labels here for keys that come from data (grid codes, configurable
 *                  categories). The dashboard shows labels, never the codes.
 */
public record Statistic(String id, LocalizedText name, double value, String unit, Map<String, Double> breakdown,
                        Map<String, LocalizedText> labels) {
    public Statistic {
        breakdown.forEach((key, part) -> {
            Objects.requireNonNull(key, "breakdown key");
            Objects.requireNonNull(part, "breakdown value");
        });
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
