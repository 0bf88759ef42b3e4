package org.grassroots.rural.internal;

public record VillageProfileDraft(Double latitude, Double longitude, String mainIndustry) {
}
