package org.grassroots.rural.internal;

public record VillageProfile(long villageId, double latitude, double longitude, String mainIndustry, long version) {
}
