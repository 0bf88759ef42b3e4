package org.grassroots.rural.internal;

public record ProjectDraft(Long villageId, String name, Integer startYear, Double investment, Double output,
                           ProjectStatus status) {
}
