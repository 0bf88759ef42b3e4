package org.grassroots.rural.internal;

import java.util.Set;

public record EnterpriseDraft(String name, String industry, String mainBusiness, Set<NeedType> capacities,
                              String keywords, Double latitude, Double longitude, Long organizationId) {
}
