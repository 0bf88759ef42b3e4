package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Compliance of a subtree in a window (a year, a quarter or a month); {@code talks}: the yearly 谈心谈话 of the
 * report's year (members of the subtree with at least one talk).
 */
public record ComplianceReport(long unitId, String unitName, int year, Integer quarter, Integer month, LocalDate asOf,
                               int organizations, int compliant, List<TypeCompliance> byType,
                               List<OrganizationGaps> behind, int behindTotal, TalkFigures talks) {
}
