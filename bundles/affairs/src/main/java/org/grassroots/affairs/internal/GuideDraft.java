package org.grassroots.affairs.internal;

/** {@code month} as {@code 2024-05}; {@code type} THEME_DAY or LECTURE. */
public record GuideDraft(Long unitId, String month, MeetingType type, String title, String description) {
}
