package org.grassroots.education.internal;

import java.util.List;

public record ComplianceReport(long unitId, String unitName, int year, ComplianceRow total, List<ComplianceRow> children) {
}
