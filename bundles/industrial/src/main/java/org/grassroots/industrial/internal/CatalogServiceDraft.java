package org.grassroots.industrial.internal;

public record CatalogServiceDraft(Long parkId, String name, String category, String provider, String description,
                                  Boolean active) {
}
