package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** A training session (集中培训); {@code attendanceRate} in percent of the roster, null until held. */
public record Session(long id, Long programId, String programName, long unitId, String unitName, String title,
                      LocalDateTime startsAt, LocalDateTime endsAt, Long siteId, String siteName, Long routeId,
                      String routeName, int capacity, BigDecimal creditedHours, List<Long> targetUnitIds,
                      List<String> targetUnitNames, SessionStatus status, String cancelReason, int rosterSize,
                      int presentCount, Double attendanceRate, Instant createdAt, String createdBy, Instant heldAt,
                      String heldBy, Instant closedAt, String closedBy, List<SessionAction> allowedActions,
                      String checkInCode, long version) {
}
