package org.grassroots.affairs.internal;

public record ExemptionDraft(Long organizationId, MeetingType type, Integer year, String reason) {
}
