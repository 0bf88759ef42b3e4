package org.grassroots.position.internal;

/** The module's dashboard figures of a subtree and year. */
public record Figures(long unitId, String unitName, int year, long positions, java.util.Map<String, Long> byLevel,
                      java.util.Map<String, Long> byStatus, long featured, long recorded, long changedSinceSync, long assessed,
                      Double meanScore, java.util.Map<String, Long> byGrade, long rectificationsOpen, long rectificationsOverdue,
                      long upgradesAccepted, java.util.Map<String, Long> upgradesByStatus,
                      long visits, long services, java.util.Map<String, Long> visitsByMonth, java.util.Map<String, Long> visitsByType) {
}
