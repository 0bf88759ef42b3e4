package org.grassroots.rural.internal.match;

/**
 * One part of a recommendation score.
 *
 * @param value  how well the enterprise does on this part, 0–1
 * @param weight the part's share of the total (the weights sum to 1)
 * @param points {@code value × weight × 100}; the points of all parts sum to the score
 * @param reason the explanation shown to the user
 */
public record ScoreComponent(String name, double value, double weight, double points, String reason) {
}
