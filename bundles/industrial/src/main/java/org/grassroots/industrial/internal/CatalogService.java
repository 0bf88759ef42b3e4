package org.grassroots.industrial.internal;

public record CatalogService(long id, long parkId, String name, String category, String provider,
                             String description, boolean active, long version) {
}
