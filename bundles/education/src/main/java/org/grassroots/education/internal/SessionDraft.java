package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

public record SessionDraft(Long programId, Long unitId, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                           Long siteId, Long routeId, Integer capacity, BigDecimal creditedHours,
                           List<Long> targetUnitIds) {
}
