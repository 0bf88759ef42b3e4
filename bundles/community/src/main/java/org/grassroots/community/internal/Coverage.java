package org.grassroots.community.internal;

import java.util.List;

/** The coverage view of a subtree and year: every community, the covered count and the flagged ones first. */
public record Coverage(long unitId, int year, int communities, int covered, List<CoverageRow> rows) {
}
