package org.grassroots.affairs.internal;

import java.util.List;
import java.util.Map;

/** Coverage of a subtree: Party organizations with an instructor or a specialist, those without, load per person. */
public record Coverage(long unitId, String unitName, int organizations, int covered, double percent,
                       Map<WorkerRole, Integer> coveredBy, List<UncoveredOrganization> uncovered, int uncoveredTotal,
                       List<WorkerLoad> load) {
}
