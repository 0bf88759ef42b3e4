package org.grassroots.affairs.internal;

import java.time.Instant;

/** A unit's setting for one meeting type (inherited by its subtree); {@code period} NONE switches a type off. */
public record RuleSetting(long unitId, String unitName, MeetingType type, Period period, String setBy, Instant setAt,
                          long version) {
}
