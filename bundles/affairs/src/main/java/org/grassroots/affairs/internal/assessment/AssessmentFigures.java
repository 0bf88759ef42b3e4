package org.grassroots.affairs.internal.assessment;

import java.util.Map;

/** The assessment figures of a subtree and year: grades of the organizations, 述职评议 coverage and results, sessions. */
public record AssessmentFigures(long unitId, String unitName, int year, int organizationsGraded, Map<OrgGrade, Integer> grades,
                                int partyOrganizations, int reportsListed, int reportsDecided, double reportCoverage,
                                Map<ReportGrade, Integer> results, int sessions, Map<Integer, Integer> sessionsByQuarter,
                                double averageScore) {
}
