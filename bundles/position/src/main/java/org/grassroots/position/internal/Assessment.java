package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A position's assessment of a year against one standard version. */
public record Assessment(long id, long positionId, String positionName, long organizationId, int year, long standardId,
                         String standardCode, int standardVersion, String standardName, BigDecimal total, BigDecimal maxTotal,
                         Grade grade, LocalDate assessedOn, String assessor, String note, List<ItemScore> scores,
                         long openRectifications, Instant createdAt, String createdBy, long version) {
}
