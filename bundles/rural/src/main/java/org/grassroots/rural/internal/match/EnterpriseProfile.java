package org.grassroots.rural.internal.match;

import java.util.Locale;
import java.util.Set;

import org.grassroots.rural.internal.NeedType;

/**
 * What the recommender knows of an enterprise.
 *
 * @param capacities the kinds of need it can help with
 * @param active     its pairings now ACTIVE (its current load)
 * @param ended      its ENDED pairings that were rated; {@code successful} of them were rated successful
 */
public record EnterpriseProfile(long id, String name, String industry, String mainBusiness, Set<NeedType> capacities,
                                Set<String> keywords, double latitude, double longitude, int active, int ended,
                                int successful) {
    public EnterpriseProfile {
        capacities = Set.copyOf(capacities);
        keywords = Set.copyOf(keywords);
        mainBusiness = mainBusiness == null ? "" : mainBusiness.toLowerCase(Locale.ROOT);
        industry = industry == null ? "" : industry.trim().toLowerCase(Locale.ROOT);
    }
}
