package org.grassroots.rural.internal.match;

import java.util.List;

/** One ranked enterprise for one need; {@code score} (0–100) is the sum of the components' points. */
public record Recommendation(long needId, long enterpriseId, String enterpriseName, double score,
                             List<ScoreComponent> components) {
    public Recommendation {
        components = List.copyOf(components);
    }
}
