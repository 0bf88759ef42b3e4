package org.grassroots.education.internal;

public record SiteDraft(Long unitId, String name, String category, String address, Double longitude,
                        Double latitude, Integer capacity, String openingHours, String contactName,
                        String contactPhone, String description) {
}
