package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.util.List;

/** Compliance of a subtree in a window (a year, a quarter or a month). */
public record ComplianceReport(long unitId, String unitName, int year, Integer quarter, Integer month, LocalDate asOf,
                               int organizations, int compliant, List<TypeCompliance> byType,
                               List<OrganizationGaps> behind, int behindTotal) {
}
