package org.grassroots.education.internal;

public record RouteDraft(Long unitId, String name, String theme, Integer durationMinutes, String schedule) {
}
