package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An upgrade project with the steps its state allows. */
public record Upgrade(long id, long positionId, String positionName, long organizationId, String title, String plan, BigDecimal budget,
                      LocalDate plannedStart, LocalDate plannedEnd, UpgradeStatus status, List<UpgradeAction> allowed,
                      LocalDate startedOn, LocalDate completedOn, LocalDate acceptedOn, String acceptedBy, Instant createdAt,
                      String createdBy, long version) {
}
