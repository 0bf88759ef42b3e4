package org.grassroots.rural.internal.match;

import java.util.Locale;
import java.util.Set;

import org.grassroots.rural.internal.NeedType;

/** A village need as the recommender sees it; latitude/longitude are NaN when the village has no location. */
public record NeedProfile(long needId, long villageId, NeedType type, String industry, Set<String> keywords,
                          double latitude, double longitude) {
    public NeedProfile {
        keywords = Set.copyOf(keywords);
        industry = industry == null ? "" : industry.trim().toLowerCase(Locale.ROOT);
    }

    boolean located() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
