package org.grassroots.affairs.internal;

/** The periods in force for a unit's organizations, and where each comes from. */
public record EffectiveRule(MeetingType type, Period period, Period platformDefault, Long setByUnitId, String setByUnitName) {
}
