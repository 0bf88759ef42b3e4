package org.grassroots.industrial;

/** What a client sends to submit a request. */
public record ServiceRequestDraft(Long organizationId, String title, String description) {
}
