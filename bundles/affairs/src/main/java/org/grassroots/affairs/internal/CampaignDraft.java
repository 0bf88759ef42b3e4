package org.grassroots.affairs.internal;

public record CampaignDraft(Long organizationId, Integer year) {
}
