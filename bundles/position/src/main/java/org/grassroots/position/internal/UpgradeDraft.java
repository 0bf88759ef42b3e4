package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new upgrade project of a position. */
public record UpgradeDraft(Long positionId, String title, String plan, BigDecimal budget, LocalDate plannedStart, LocalDate plannedEnd) {
}
