package org.grassroots.rural.internal.classify;

/**
 * One criterion of a year's scoring model; a village scores 0–100 on it.
 *
 * @param code   stable key, e.g. {@code ORGANIZATION}
 * @param weight relative weight; the model normalizes weights, so they need not sum to 1
 */
public record Criterion(String code, String zhCN, String en, double weight) {
}
