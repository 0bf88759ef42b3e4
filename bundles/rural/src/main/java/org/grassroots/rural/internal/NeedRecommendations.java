package org.grassroots.rural.internal;

import java.util.List;

public record NeedRecommendations(Need need, List<org.grassroots.rural.internal.match.Recommendation> enterprises) {
}
