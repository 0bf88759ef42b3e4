package org.grassroots.community.internal;

import java.util.List;

/** One community in the coverage view: its paired units in the year; {@code flagged} when it has none. */
public record CoverageRow(long communityId, String code, String name, String streetName, List<String> partners,
                          boolean flagged, long registered, double hours) {
}
