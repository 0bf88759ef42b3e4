package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An organization's month with its counts and sums (computed by query). */
public record Month(long id, long organizationId, String organizationName, String period, MonthStatus status,
                    long dues, long paid, long unpaid, long exempt, BigDecimal expected, BigDecimal collected,
                    Instant openedAt, String openedBy, Instant settledAt, String settledBy,
                    List<MonthAction> allowedActions, long version) {
}
