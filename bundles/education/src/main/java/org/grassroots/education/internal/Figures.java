package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.util.Map;

/** The module's figures for a subtree and year (the dashboard and the module's panel). */
public record Figures(long unitId, String unitName, int year, long sites, Map<String, Long> sitesByCategory,
                      long routesPublished, long sessionsHeld, Map<String, Long> sessionsByStatus,
                      double attendanceRate, BigDecimal hoursCredited, Map<String, BigDecimal> hoursBySource,
                      long members, long meeting, double compliancePercent) {
}
