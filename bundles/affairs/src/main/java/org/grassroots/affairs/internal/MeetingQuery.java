package org.grassroots.affairs.internal;

/** Search criteria of the meeting list. */
public record MeetingQuery(Long unit, Integer year, MeetingType type, MeetingStatus status) {
}
