package org.grassroots.affairs.internal;

/** For one meeting type: organizations it applies to in the window, and how many held every due meeting. */
public record TypeCompliance(MeetingType type, int organizations, int compliant, double percent, int pending) {
}
