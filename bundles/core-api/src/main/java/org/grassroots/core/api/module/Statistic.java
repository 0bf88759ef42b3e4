package org.grassroots.core.api.module;

import java.util.Map;

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
 *                  each key through its label, so every key a module can produce needs a zh-CN and English
 *                  label (docs/plugin-guide.md); a key without one appears as the raw code. The values should add up to {@code value} when the parts are exclusive
 *                  (a pie implies it). Empty when the figure has no parts; never {@code null} (the record
 *                  copies it and refuses null keys and values).
 */
public record Statistic(String id, LocalizedText name, double value, String unit, Map<String, Double> breakdown) {
    public Statistic {
        breakdown = Map.copyOf(breakdown);
    }
}
