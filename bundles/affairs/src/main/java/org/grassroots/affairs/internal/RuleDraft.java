package org.grassroots.affairs.internal;

public record RuleDraft(Long unitId, MeetingType type, Period period) {
}
