package org.grassroots.industrial.internal;

import java.util.Map;

/** The figures of one subtree (park, grid or above) and year, as the module's dashboard page shows them. */
public record Figures(long enterprises, long covered, double coveredPercent, Map<String, Long> coverage,
                      long requests, Map<String, Long> byStatus, Map<String, Long> byCategory,
                      Double medianResolutionDays, Double onTimePercent, Double averageRating, long overdueOpen) {
}
