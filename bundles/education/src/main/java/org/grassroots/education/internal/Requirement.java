package org.grassroots.education.internal;

import java.math.BigDecimal;

/**
 * The annual requirement that applies to a unit: its own setting ({@code own}) or the nearest one above it
 * ({@code fromUnitId}), or the platform default when no unit up the tree set one ({@code fromUnitId} null).
 */
public record Requirement(long unitId, String unitName, BigDecimal hours, boolean own, Long fromUnitId,
                          String fromUnitName, Long version) {
}
