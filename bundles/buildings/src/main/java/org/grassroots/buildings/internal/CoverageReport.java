package org.grassroots.buildings.internal;

import java.util.List;

/** Coverage per building, per belt and in total, for a subtree. */
public record CoverageReport(List<CoverageRow> buildings, List<CoverageRow> belts, CoverageRow total) {
}
