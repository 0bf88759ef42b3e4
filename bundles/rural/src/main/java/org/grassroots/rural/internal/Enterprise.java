package org.grassroots.rural.internal;

import java.util.Set;

public record Enterprise(long id, String name, String industry, String mainBusiness, Set<NeedType> capacities,
                         Set<String> keywords, double latitude, double longitude, Long organizationId, long version) {
}
