package org.grassroots.position.internal;

/**
 * The module's dashboard figures of a subtree and year; {@code events} the year's events (by service type), their
 * sign-ups and sign-ins, {@code bookings} the year's room bookings not cancelled (events' own included), {@code
 * catalogue} the services the positions offer now.
 */
public record Figures(long unitId, String unitName, int year, long positions, java.util.Map<String, Long> byLevel,
                      java.util.Map<String, Long> byStatus, long featured, long recorded, long changedSinceSync, long assessed,
                      Double meanScore, java.util.Map<String, Long> byGrade, long rectificationsOpen, long rectificationsOverdue,
                      long upgradesAccepted, java.util.Map<String, Long> upgradesByStatus,
                      long visits, long services, java.util.Map<String, Long> visitsByMonth, java.util.Map<String, Long> visitsByType,
                      long events, java.util.Map<String, Long> eventsByType, long eventSignUps, long eventSignIns, long bookings,
                      long catalogue) {
}
