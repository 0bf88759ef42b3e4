package org.grassroots.industrial.internal;

public record CommunityDraft(Long parkId, String name, String description, String serviceCenter) {
}
